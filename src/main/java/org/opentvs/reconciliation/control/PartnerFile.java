package org.opentvs.reconciliation.control;

import java.util.List;
import org.opentvs.reconciliation.entity.PartnerEntry;

/** A parsed partner entry file: the good lines and the rejected ones (with line number and reason). */
public record PartnerFile(int lines, List<PartnerEntry> entries, List<Reject> rejects) {

    public record Reject(int lineNo, String reason, String line) {
    }
}
