package org.opentvs.reconciliation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.reconciliation.control.DiscrepancyQueue;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Role;

/**
 * The discrepancy queue: ambiguous or weak candidate links for an analyst, side by side
 * (reads audited), and their resolution with a reason: LINK (a REVIEWED link) or REJECT.
 */
@Stateless
@Path("reconciliation/discrepancies")
@Produces(MediaType.APPLICATION_JSON)
public class DiscrepanciesResource {

    private static final Set<String> STATUSES = Set.of("OPEN", "LINKED", "REJECTED");

    @Inject
    DiscrepancyQueue queue;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    DiscrepancyResolution resolution;

    @GET
    @Roles({Role.PAU_ANALYST, Role.ADMIN})
    public List<DiscrepancyReply> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        caller.requireNational("The discrepancy queue");
        String wanted = status == null || status.isBlank() ? "OPEN" : status.trim().toUpperCase();
        if (!STATUSES.contains(wanted)) {
            throw ApiException.badRequest("'status' must be one of " + STATUSES);
        }
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        List<DiscrepancyQueue.Discrepancy> rows = queue.withStatus(wanted, max);
        audit.record(caller.get(), "READ", "recon_discrepancy", null, "status=" + wanted + " rows=" + rows.size());
        return rows.stream().map(DiscrepancyReply::of).toList();
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.PAU_ANALYST, Role.ADMIN})
    public DiscrepancyReply.Resolved resolve(@PathParam("id") String id, String body) {
        caller.requireNational("The discrepancy queue");
        UUID discrepancy;
        try {
            discrepancy = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Discrepancy");
        }
        DiscrepancyDecision decision = decision(body);
        String status = resolution.resolve(discrepancy, decision.link(), decision.reason(), caller.get().auditName());
        audit.record(caller.get(), "RESOLVE", "recon_discrepancy", discrepancy, "decision=" + (decision.link() ? "LINK" : "REJECT"));
        return new DiscrepancyReply.Resolved(discrepancy.toString(), status);
    }

    /** Read here, after the checks above (a scoped caller is refused national data whatever it sends), not by JAX-RS. */
    private static DiscrepancyDecision decision(String body) {
        return JsonRequestReader.readOrRefuse(DiscrepancyDecision.class, body);
    }
}
