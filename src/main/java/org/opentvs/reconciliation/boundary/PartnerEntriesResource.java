package org.opentvs.reconciliation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.reconciliation.control.PartnerEntryParser;
import org.opentvs.reconciliation.control.PartnerEntryStore;
import org.opentvs.reconciliation.control.PartnerFile;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Role;

/**
 * {@code POST /api/v1/reconciliation/partner-entries?partner=CAN}: a partner's entry file as
 * {@code text/csv} (header line) or {@code application/x-ndjson} (JSON lines). Bad lines are
 * rejected with their line number, kept and counted; the good ones are stored for the next run.
 */
@Stateless
@Path("reconciliation/partner-entries")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerEntriesResource {

    private static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final int MAX_LISTED = 100;

    @Inject
    PartnerEntryStore store;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @POST
    @Consumes({"text/csv", "application/x-ndjson", "application/jsonl"})
    @Roles({Role.BATCH_OPERATOR, Role.HOLDINGS_FEED, Role.ADMIN})
    public Response receive(@QueryParam("partner") String partner, @HeaderParam("Content-Type") String contentType, String body)
            throws SQLException {
        String code = partner == null ? "" : partner.trim().toUpperCase();
        if (!code.matches("[A-Z]{3}")) {
            throw ApiException.badRequest("Name the partner country with ?partner= (3 letters, e.g. CAN)");
        }
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("The file is empty");
        }
        if (body.length() > MAX_BYTES) {
            throw new ApiException(413, "TOO_LARGE", "At most " + MAX_BYTES + " characters per file", null);
        }
        PartnerEntryParser.Format format = contentType.toLowerCase().startsWith("text/csv")
                ? PartnerEntryParser.Format.CSV
                : PartnerEntryParser.Format.JSONL;
        PartnerFile file;
        try {
            file = PartnerEntryParser.parse(body, format);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("UNREADABLE_FILE", e.getMessage());
        }
        PartnerEntryStore.Stored stored = store.store(code, format, file, caller.get().auditName());
        audit.record(caller.get(), "CREATE", "partner_file", stored.fileId(), "partner=" + code + " lines=" + file.lines()
                + " accepted=" + stored.accepted() + " rejected=" + file.rejects().size());
        return Response.status(201).entity(PartnerFileReply.of(code, format.name(), file, stored, MAX_LISTED)).build();
    }
}
