package org.opentvs.partner.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opentvs.partner.control.PartnerAccessLog;
import org.opentvs.partner.control.PartnerAgreements;
import org.opentvs.partner.entity.PartnerQuery;
import org.opentvs.partner.entity.RecordField;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.Json;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.ScopePolicy;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Role;
import org.opentvs.stay.control.StayRecords;
import org.opentvs.stay.entity.DocumentKey;
import org.opentvs.stay.entity.StayRecord;

/**
 * {@code POST /api/v1/partner/records}: a partner agency asks whether the holder of a document,
 * born on a day, has a US entry or exit record. POST, not GET: the document number and date of
 * birth travel in the body, so they never reach access logs, proxies or browser histories. The
 * caller asks as one partner country of its scope ({@code partner}, optional when the scope has
 * one); another partner, or a partner without an agreement, is 403. The answer holds
 * {@code found} and, per record, only the fields of the partner's agreement; every query, refused
 * ones too, is audited and listed in the access report.
 */
@Stateless
@Path("partner/records")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerRecordsResource {

    private record Row(Instant at, Map<RecordField, String> values) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    StayRecords records;

    @Inject
    PartnerAccessLog log;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles(Role.PARTNER)
    public PartnerRecordsReply query(PartnerRecordsRequest body) throws SQLException {
        Caller who = caller.get();
        ScopePolicy policy = ScopePolicy.of(who);
        DocumentKey key = key(body, clock.now().atZone(ZoneOffset.UTC).toLocalDate());
        String partner = partner(body, policy);
        if (!policy.coversPartner(partner)) {
            log.refused(new PartnerQuery(partner, who.auditName(), PartnerQuery.Outcome.OUTSIDE_SCOPE, key.number(), key.country(),
                    false, 0, ""));
            throw ApiException.forbidden("Partner " + partner + " is outside this client's scope");
        }
        PartnerAgreements.Agreement agreement = PartnerAgreements.of(partner).orElse(null);
        if (agreement == null) {
            log.refused(new PartnerQuery(partner, who.auditName(), PartnerQuery.Outcome.NO_AGREEMENT, key.number(), key.country(),
                    false, 0, ""));
            throw new ApiException(403, "NO_AGREEMENT", "There is no agreement with partner " + partner, null);
        }
        StayRecords.Found found = records.find(List.of(key), false).get(0);
        List<Row> rows = agreement.fields().isEmpty()
                ? List.of()
                : rows(found).stream().sorted(Comparator.comparing(Row::at).reversed()).limit(agreement.maxRecords()).toList();
        List<JsonObject> list = new ArrayList<>();
        for (Row row : rows) {
            JsonObjectBuilder record = Json.createObjectBuilder();
            for (RecordField f : agreement.fields()) {
                String v = row.values().get(f);
                if (v == null) {
                    record.addNull(f.json());
                } else {
                    record.add(f.json(), v);
                }
            }
            list.add(record.build());
        }
        String fields = agreement.fields().stream().map(RecordField::json).collect(Collectors.joining(","));
        log.answered(new PartnerQuery(partner, who.auditName(), PartnerQuery.Outcome.ANSWERED, key.number(), key.country(),
                found.any(), rows.size(), fields));
        return new PartnerRecordsReply(partner, found.any(), agreement.fields().stream().map(RecordField::json).toList(), list);
    }

    /** The document asked about, its codes in upper case; a date of birth after today is refused. */
    static DocumentKey key(PartnerRecordsRequest body, LocalDate today) {
        if (body.dateOfBirth().isAfter(today)) {
            throw ApiException.invalidField("dateOfBirth", "lies in the future");
        }
        return new DocumentKey(body.documentNumber().toUpperCase(Locale.ROOT), body.documentCountry().toUpperCase(Locale.ROOT),
                body.dateOfBirth());
    }

    private static String partner(PartnerRecordsRequest body, ScopePolicy policy) {
        if (body.partner() != null) {
            return body.partner().toUpperCase(Locale.ROOT);
        }
        Set<String> partners = policy.partners();
        if (partners.size() == 1) {
            return partners.iterator().next();
        }
        if (partners.isEmpty()) {
            throw ApiException.forbidden("This client's scope names no partner country");
        }
        throw ApiException.invalidField("partner", "is required: this client may ask as " + String.join(", ", partners));
    }

    /** Each admission with its departure, and each exit no admission took, as the values of every field. */
    private static List<Row> rows(StayRecords.Found found) {
        List<Row> rows = new ArrayList<>();
        for (StayRecord s : found.stays()) {
            Map<RecordField, String> v = new java.util.EnumMap<>(RecordField.class);
            v.put(RecordField.ENTRY_DATE, day(s.admittedAt()));
            v.put(RecordField.PORT, s.port());
            v.put(RecordField.ADMISSION_CLASS, "UNKNOWN".equals(s.classOfAdmission()) ? null : s.classOfAdmission());
            v.put(RecordField.ADMITTED_UNTIL, s.recordedUntil() == null ? null : s.recordedUntil().toString());
            if (s.departure() != null) {
                v.put(RecordField.EXIT_DATE, day(s.departure().at()));
                v.put(RecordField.EXIT_PORT, s.departure().port());
            }
            rows.add(new Row(s.admittedAt(), v));
        }
        for (StayRecord.Departure d : found.otherDepartures()) {
            Map<RecordField, String> v = new java.util.EnumMap<>(RecordField.class);
            v.put(RecordField.EXIT_DATE, day(d.at()));
            v.put(RecordField.EXIT_PORT, d.port());
            rows.add(new Row(d.at(), v));
        }
        return rows;
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
