package org.opentvs.crossing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.opentvs.platform.control.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Role;

/**
 * {@code GET /api/v1/crossings}: crossing records by port, period, direction and confirmation, only
 * those within the caller's scope ({@code ScopePolicy}); every read is audited.
 */
@Stateless
@Path("crossings")
@Produces(MediaType.APPLICATION_JSON)
public class CrossingsResource {

    private static final int MAX_ROWS = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @GET
    @Roles({Role.OFFICER, Role.PAU_ANALYST, Role.PROGRAM_MANAGER, Role.ADMIN})
    public String list(@QueryParam("port") String port, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("direction") String direction, @QueryParam("confirmation") String confirmation,
            @QueryParam("limit") Integer limit) {
        StringBuilder sql = new StringBuilder("select cast(id as varchar), direction, confirmation, touchpoint, port, carrier,"
                + " flight_number, cast(flight_date as varchar), family_name, given_names, cast(date_of_birth as varchar), nationality,"
                + " document_number, document_country, occurred_at, score from crossing where true");
        List<Object> params = new ArrayList<>();
        caller.policy().restrict(sql, params, "carrier", "port");
        if (port != null && !port.isBlank()) {
            caller.requirePort(port);
            sql.append(" and port = ?");
            params.add(port.toUpperCase());
        }
        addInstant(sql, params, " and occurred_at >= ?", from, "from");
        addInstant(sql, params, " and occurred_at < ?", to, "to");
        addChoice(sql, params, " and direction = ?", direction, Set.of("ENTRY", "EXIT"), "direction");
        addChoice(sql, params, " and confirmation = ?", confirmation, Set.of("BIOMETRIC", "BIOGRAPHIC"), "confirmation");
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, MAX_ROWS));
        sql.append(" order by occurred_at desc limit ").append(max);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        JsonArrayBuilder list = Json.createArrayBuilder();
        rows.forEach(r -> list.add(row(r)));
        audit.record(caller.get(), "READ", "crossing", null, "rows=" + rows.size() + (port == null ? "" : " port=" + port));
        return list.build().toString();
    }

    private static JsonObjectBuilder row(Object[] r) {
        String[] names = {"id", "direction", "confirmation", "touchpoint", "port", "carrier", "flightNumber", "flightDate",
            "familyName", "givenNames", "dateOfBirth", "nationality", "documentNumber", "documentCountry", "occurredAt", "score"};
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (int i = 0; i < names.length; i++) {
            Object v = r[i];
            if (v == null) {
                json.addNull(names[i]);
            } else if (v instanceof Number n) {
                json.add(names[i], n.doubleValue());
            } else if (v instanceof java.sql.Timestamp t) {
                json.add(names[i], t.toInstant().toString());
            } else {
                json.add(names[i], v.toString());
            }
        }
        return json;
    }

    private static void addInstant(StringBuilder sql, List<Object> params, String clause, String value, String name) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            params.add(java.sql.Timestamp.from(org.opentvs.platform.control.StorableTime.instant(Instant.parse(value))));
            sql.append(clause);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ApiException.badRequest("'" + name + "' must be an ISO-8601 instant such as 2026-11-22T09:30:00Z, years 0001 to 9999");
        }
    }

    private static void addChoice(StringBuilder sql, List<Object> params, String clause, String value, Set<String> allowed, String name) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!allowed.contains(value.toUpperCase())) {
            throw ApiException.badRequest("'" + name + "' must be one of " + allowed);
        }
        params.add(value.toUpperCase());
        sql.append(clause);
    }
}
