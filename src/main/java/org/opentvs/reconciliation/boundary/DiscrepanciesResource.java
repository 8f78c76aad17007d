package org.opentvs.reconciliation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.boundary.JsonShape;
import org.opentvs.platform.control.FieldLimit;
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

    private static final JsonShape RESOLUTION = JsonShape.of(JsonShape.text("decision", 10), JsonShape.text("reason", FieldLimit.REASON));

    private static final Set<String> STATUSES = Set.of("OPEN", "LINKED", "REJECTED");
    private static final String[] FIELDS = {"familyName", "givenNames", "dateOfBirth", "nationality", "documentNumber", "documentCountry"};

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    DiscrepancyResolution resolution;

    @GET
    @Roles({Role.PAU_ANALYST, Role.ADMIN})
    public String list(@QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        caller.requireNational("The discrepancy queue");
        String wanted = status == null || status.isBlank() ? "OPEN" : status.trim().toUpperCase();
        if (!STATUSES.contains(wanted)) {
            throw ApiException.badRequest("'status' must be one of " + STATUSES);
        }
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(r.id as varchar), cast(r.admission_id as varchar), cast(r.departure_id as varchar),"
                + " r.confidence, r.reason, r.status, cast(r.raised_at as varchar), r.resolution,"
                + " a.class_of_admission, cast(a.admitted_at as varchar), d.source, cast(d.occurred_at as varchar),"
                + " " + person("a") + ", " + person("d")
                + " from recon_discrepancy r join admission a on a.id = r.admission_id join recon_departure d on d.id = r.departure_id"
                + " where r.status = ? order by r.raised_at, r.id limit " + max).setParameter(1, wanted).getResultList();
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Object[] r : rows) {
            var arrival = Json.createObjectBuilder().add("admissionId", (String) r[1]).add("classOfAdmission", (String) r[8])
                    .add("admittedAt", (String) r[9]);
            var departure = Json.createObjectBuilder().add("departureId", (String) r[2]).add("source", (String) r[10])
                    .add("departedAt", (String) r[11]);
            for (int i = 0; i < FIELDS.length; i++) {
                add(arrival, FIELDS[i], r[12 + i]);
                add(departure, FIELDS[i], r[18 + i]);
            }
            var item = Json.createObjectBuilder().add("id", (String) r[0]).add("confidence", ((Number) r[3]).doubleValue())
                    .add("reason", (String) r[4]).add("status", (String) r[5]).add("raisedAt", (String) r[6])
                    .add("arrival", arrival).add("departure", departure);
            add(item, "resolution", r[7]);
            list.add(item);
        }
        audit.record(caller.get(), "READ", "recon_discrepancy", null, "status=" + wanted + " rows=" + rows.size());
        return list.build().toString();
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.PAU_ANALYST, Role.ADMIN})
    public String resolve(@PathParam("id") String id, String body) {
        caller.requireNational("The discrepancy queue");
        UUID discrepancy;
        try {
            discrepancy = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Discrepancy");
        }
        JsonBody json = JsonBody.parse(body, RESOLUTION);
        String decision = json.string("decision").toUpperCase();
        if (!Set.of("LINK", "REJECT").contains(decision)) {
            throw json.invalid("decision", "must be LINK or REJECT");
        }
        String reason = json.string("reason");
        if (reason.length() > 500) {
            throw json.invalid("reason", "must be at most 500 characters");
        }
        String status = resolution.resolve(discrepancy, "LINK".equals(decision), reason, caller.get().auditName());
        audit.record(caller.get(), "RESOLVE", "recon_discrepancy", discrepancy, "decision=" + decision);
        return Json.createObjectBuilder().add("id", discrepancy.toString()).add("status", status).build().toString();
    }

    private static String person(String t) {
        return t + ".family_name, " + t + ".given_names, cast(" + t + ".date_of_birth as varchar), " + t + ".nationality, "
                + t + ".document_number, " + t + ".document_country";
    }

    private static void add(jakarta.json.JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
