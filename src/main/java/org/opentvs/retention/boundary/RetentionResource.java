package org.opentvs.retention.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.retention.control.PurgeRules;
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
    PurgeRules rules;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @GET
    @Path("policies")
    @Roles({Role.ADMIN, Role.AUDITOR, Role.BATCH_OPERATOR})
    public List<PolicyReply> policies() {
        return policies.all().stream().map(PolicyReply::of).toList();
    }

    @PUT
    @Path("policies/{category}")
    @Roles(Role.ADMIN)
    public List<PolicyReply> change(@PathParam("category") String category, String body) {
        if (rules.named(category).isEmpty()) {
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
    public List<ReceiptReply> receipts(@QueryParam("run") Long run, @QueryParam("limit") Integer limit) {
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        return receipts.recent(run, max).stream().map(ReceiptReply::of).toList();
    }

    @GET
    @Path("receipts/verify")
    @Roles({Role.ADMIN, Role.AUDITOR, Role.BATCH_OPERATOR})
    public ChainVerification verify() {
        DeletionReceipt.Anchor anchor = receipts.anchor();
        ReceiptChain chain = new ReceiptChain(anchor);
        receipts.each(chain::accept);
        chain.finish();
        audit.record(caller.get(), "VERIFY", "retention_receipt", null, "receipts=" + chain.count() + " valid=" + chain.valid());
        return ChainVerification.of(chain, anchor);
    }
}
