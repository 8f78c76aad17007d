package org.opentvs.retention.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Json;
import org.opentvs.retention.control.ReceiptChain;
import org.opentvs.retention.control.Receipts;
import org.opentvs.retention.control.RetentionPeriod;
import org.opentvs.retention.control.RetentionPolicies;
import org.opentvs.retention.entity.DeletionReceipt;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Role;

/** {@code /api/v1/admin/retention}: the retention policy, the deletion receipts and the proof that their chain is unbroken. */
@Stateless
@Path("admin/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    RetentionPolicies policies;

    @Inject
    Receipts receipts;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @GET
    @Path("policies")
    @Roles({Role.ADMIN, Role.AUDITOR, Role.BATCH_OPERATOR})
    public String policies() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (RetentionPolicies.Policy p : policies.all()) {
            list.add(Json.createObjectBuilder().add("category", p.category()).add("period", p.period()).add("enabled", p.enabled())
                    .add("description", p.description()).add("changedAt", p.changedAt().toString()).add("changedBy", p.changedBy()));
        }
        return list.build().toString();
    }

    @PUT
    @Path("policies/{category}")
    @Roles(Role.ADMIN)
    public String change(@PathParam("category") String category, String body) {
        if (RetentionPolicies.known(category).isEmpty()) {
            throw ApiException.notFound("Retention category " + category);
        }
        PolicyRequest policy = PolicyRequest.read(body);
        String period;
        try {
            period = RetentionPeriod.parse(policy.period());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("period", e.getMessage());
        }
        boolean enabled = policy.enabled();
        policies.change(category, period, enabled, caller.get().auditName());
        audit.record(caller.get(), "CHANGE", "retention_policy", category, "period=" + period + " enabled=" + enabled);
        return policies();
    }

    @GET
    @Path("receipts")
    @Roles({Role.ADMIN, Role.AUDITOR, Role.BATCH_OPERATOR})
    public String receipts(@QueryParam("run") Long run, @QueryParam("limit") Integer limit) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        receipts.recent(run, max).forEach(r -> list.add(json(r)));
        return list.build().toString();
    }

    @GET
    @Path("receipts/verify")
    @Roles({Role.ADMIN, Role.AUDITOR, Role.BATCH_OPERATOR})
    public String verify() {
        DeletionReceipt.Anchor anchor = receipts.anchor();
        ReceiptChain chain = new ReceiptChain(anchor);
        receipts.each(chain::accept);
        chain.finish();
        audit.record(caller.get(), "VERIFY", "retention_receipt", null, "receipts=" + chain.count() + " valid=" + chain.valid());
        JsonObjectBuilder json = Json.createObjectBuilder().add("valid", chain.valid()).add("receipts", chain.count())
                .add("truncated", chain.truncated())
                .add("head", Json.createObjectBuilder().add("id", chain.headId()).add("hash", chain.headHash()));
        if (anchor == null) {
            json.addNull("anchoredHead");
        } else {
            json.add("anchoredHead", Json.createObjectBuilder().add("id", anchor.id()).add("hash", anchor.hash()));
        }
        if (chain.firstBroken() == null) {
            json.addNull("firstBroken");
        } else {
            json.add("firstBroken", chain.firstBroken());
        }
        return json.build().toString();
    }

    private static JsonObjectBuilder json(DeletionReceipt r) {
        return Json.createObjectBuilder().add("id", r.id()).add("runId", r.runId()).add("category", r.category())
                .add("deleted", r.deleted()).add("firstKey", r.firstKey()).add("lastKey", r.lastKey())
                .add("cutoff", r.cutoff().toString()).add("deletedAt", r.deletedAt().toString())
                .add("prevHash", r.prevHash()).add("hash", r.hash());
    }
}
