package org.opentvs.crossing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.opentvs.crossing.control.CrossingSearch;
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

    @Inject
    CrossingSearch crossings;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @GET
    @Roles({Role.OFFICER, Role.PAU_ANALYST, Role.PROGRAM_MANAGER, Role.ADMIN})
    public List<CrossingView> list(@QueryParam("port") String port, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("direction") String direction, @QueryParam("confirmation") String confirmation,
            @QueryParam("limit") Integer limit) {
        String atPort = null;
        if (port != null && !port.isBlank()) {
            caller.requirePort(port);
            atPort = port.toUpperCase();
        }
        Instant since = instant(from, "from");
        Instant until = instant(to, "to");
        String inDirection = choice(direction, Set.of("ENTRY", "EXIT"), "direction");
        String confirmedBy = choice(confirmation, Set.of("BIOMETRIC", "BIOGRAPHIC"), "confirmation");
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, MAX_ROWS));
        List<CrossingSearch.Found> rows = crossings.find(
                new CrossingSearch.Filter(atPort, since, until, inDirection, confirmedBy, max), caller.policy());
        audit.record(caller.get(), "READ", "crossing", null, "rows=" + rows.size() + (port == null ? "" : " port=" + port));
        return rows.stream().map(CrossingView::of).toList();
    }

    private static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return org.opentvs.platform.control.StorableTime.instant(Instant.parse(value));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ApiException.badRequest("'" + name + "' must be an ISO-8601 instant such as 2026-11-22T09:30:00Z, years 0001 to 9999");
        }
    }

    private static String choice(String value, Set<String> allowed, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value.toUpperCase())) {
            throw ApiException.badRequest("'" + name + "' must be one of " + allowed);
        }
        return value.toUpperCase();
    }
}
