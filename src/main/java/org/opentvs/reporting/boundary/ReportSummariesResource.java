package org.opentvs.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.reporting.control.Rollups;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/**
 * {@code POST /api/v1/admin/reports/rollup} brings the report summaries up to date now; with
 * {@code ?from=YYYY-MM-DD} it recomputes everything since that day (after loading history in bulk).
 */
@Stateless
@Path("admin/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportSummariesResource {

    @Inject
    ReportRollup rollup;

    @Inject
    Clock clock;

    @POST
    @Path("rollup")
    @Roles({Role.ADMIN, Role.BATCH_OPERATOR})
    public RollupReply roll(@QueryParam("from") String from) {
        Rollups.Result result;
        if (from == null || from.isBlank()) {
            result = rollup.catchUp(Duration.ofMinutes(10), Duration.ofDays(3660));
        } else {
            Instant start = day(from);
            if (start.isAfter(clock.now())) {
                throw ApiException.badRequest("'from' must not be in the future");
            }
            result = rollup.rebuild(start, clock.now());
        }
        return RollupReply.of(result);
    }

    private static Instant day(String value) {
        try {
            return org.opentvs.platform.control.StorableTime.date(LocalDate.parse(value.trim())).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ApiException.badRequest("'from' must be a date such as 2026-01-31");
        }
    }
}
