package org.opentvs.reconciliation.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.opentvs.reconciliation.control.PartnerEntryStore;
import org.opentvs.reconciliation.control.PartnerFile;

/** The receipt of a partner's entry file: what was accepted, and the first rejected lines with their reasons. */
@JsonbPropertyOrder({"fileId", "partner", "format", "lines", "accepted", "duplicates", "rejected", "rejects"})
public record PartnerFileReply(String fileId, String partner, String format, int lines, int accepted, int duplicates, int rejected,
        List<Reject> rejects) {

    /** One rejected line. */
    @JsonbPropertyOrder({"line", "reason"})
    public record Reject(int line, String reason) {
    }

    /** The receipt of a stored file, listing at most {@code listed} of its rejected lines. */
    static PartnerFileReply of(String partner, String format, PartnerFile file, PartnerEntryStore.Stored stored, int listed) {
        return new PartnerFileReply(stored.fileId().toString(), partner, format, file.lines(), stored.accepted(), stored.duplicates(),
                file.rejects().size(), file.rejects().stream().limit(listed).map(r -> new Reject(r.lineNo(), r.reason())).toList());
    }
}
