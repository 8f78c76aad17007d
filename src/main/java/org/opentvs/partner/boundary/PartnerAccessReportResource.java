package org.opentvs.partner.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Role;

/**
 * {@code GET /api/v1/partner/access-report?partner=CAN&from=2026-12-01&to=2026-12-31}: every query
 * made as one partner in a period of UTC days (both included; default the last 30 days, at most 366
 * days): when, which client, the outcome, which document, whether a record was found and which fields
 * were disclosed, with totals. For auditors without a scope (national data); the read is audited.
 */
@Stateless
@Path("partner/access-report")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerAccessReportResource {

    private static final int MAX_ROWS = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @GET
    @Roles(Role.AUDITOR)
    public PartnerAccessReport report(@QueryParam("partner") String partner, @QueryParam("from") String from, @QueryParam("to") String to) {
        caller.requireNational("The partner access report");
        if (partner == null || partner.isBlank()) {
            throw new ApiException(400, "MISSING_PARAMETER", "Query parameter 'partner' is required", Map.of("parameter", "partner"));
        }
        String country = partner.trim().toUpperCase();
        if (!country.matches("[A-Z]{3}")) {
            throw invalid("partner", "must be an ISO 3166 alpha-3 code such as CAN");
        }
        LocalDate today = clock.now().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = day("to", to, today);
        LocalDate first = day("from", from, last.minusDays(29));
        if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) > 365) {
            throw invalid("from", "must lie on or before 'to', at most 366 days earlier");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(id as varchar), at, client, outcome, document_number, document_country,"
                + " found, records, fields from partner_query where partner = ? and at >= ? and at < ? order by at, id limit " + MAX_ROWS)
                .setParameter(1, country).setParameter(2, Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .setParameter(3, Timestamp.from(last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())).getResultList();
        List<PartnerAccessReport.Entry> entries = rows.stream().map(PartnerAccessReport.Entry::of).toList();
        audit.record(caller.get(), "READ", "partner-access-report", country, "from=" + first + " to=" + last + " rows=" + rows.size());
        return PartnerAccessReport.of(country, first.toString(), last.toString(), entries, rows.size() == MAX_ROWS);
    }

    private static LocalDate day(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return org.opentvs.platform.control.StorableTime.date(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw invalid(name, "must be a date YYYY-MM-DD");
        }
    }

    private static ApiException invalid(String name, String problem) {
        return new ApiException(400, "INVALID_PARAMETER", "Query parameter '" + name + "' " + problem, Map.of("parameter", name));
    }
}
