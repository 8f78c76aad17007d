package org.opentvs.departure.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opentvs.departure.control.SelfReportRows;
import org.opentvs.departure.control.SelfReporting;
import org.opentvs.departure.entity.Confirmation;
import org.opentvs.departure.entity.SelfReportFacts;
import org.opentvs.departure.entity.SelfReportRefused;
import org.opentvs.departure.entity.SelfReportRequest;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Role;

/**
 * {@code POST /api/v1/departures/self-reports}: a traveler app's self-reported departure (201 with a
 * receipt, or a refusal that is kept); {@code GET /api/v1/departures/self-reports/refusals}: the kept
 * refusals for analysts, within their ports ({@code ScopePolicy}), every read audited.
 */
@Stateless
@Path("departures/self-reports")
@Produces(MediaType.APPLICATION_JSON)
public class SelfReportsResource {

    private static final int MAX_ROWS = 1000;

    @Inject
    CurrentCaller caller;

    @Inject
    SelfReporting reporting;

    @Inject
    SelfReportLedger ledger;

    @Inject
    SelfReportRows rows;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.TRAVELER_APP})
    public Response report(SelfReportInput body) {
        SelfReportRequest request = SelfReportJson.read(body);
        Caller app = caller.get();
        SelfReportFacts facts = new SelfReportFacts(request, app.id(), clock.now());
        Confirmation confirmation;
        try {
            confirmation = reporting.check(facts, caller.policy(), (id, digest) -> ledger.claim(app.id(), id, digest, facts.receivedAt));
        } catch (SelfReportRefused refused) {
            ledger.keep(facts, refused, app);
            throw new ApiException(refused.status(), refused.code(), refused.getMessage(), Map.of("receipt", facts.id.toString()));
        }
        double confidence = reporting.confidence(facts, confirmation);
        rows.departed(facts, confirmation, confidence);
        audit.record(app, "READ", "holding_identity", facts.person.identityId(), "self-report 1:1 " + facts.id);
        audit.record(app, "CREATE", "self_report", facts.id, confirmation.name() + " port=" + facts.port());
        return Response.status(201).entity(SelfReportReceipt.of(facts, confirmation, confidence)).build();
    }

    @GET
    @Path("refusals")
    @Roles({Role.PAU_ANALYST, Role.ADMIN})
    public List<SelfReportRefusal> refusals(@QueryParam("port") String port, @QueryParam("reason") String reason,
            @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") Integer limit) {
        StringBuilder sql = new StringBuilder(RefusalRows.SELECT);
        List<Object> params = new ArrayList<>();
        caller.policy().restrict(sql, params, null, "port");
        if (port != null && !port.isBlank()) {
            caller.requirePort(port);
            sql.append(" and port = ?");
            params.add(port.trim().toUpperCase());
        }
        if (reason != null && !reason.isBlank()) {
            sql.append(" and refusal = ?");
            params.add(reason.trim().toUpperCase());
        }
        RefusalRows.period(sql, params, from, to);
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, MAX_ROWS));
        sql.append(" order by received_at desc limit ").append(max);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        audit.record(caller.get(), "READ", "self_report", null, "refusals rows=" + found.size() + (port == null ? "" : " port=" + port));
        return found.stream().map(SelfReportRefusal::of).toList();
    }
}
