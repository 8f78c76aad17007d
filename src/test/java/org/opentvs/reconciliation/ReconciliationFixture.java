package org.opentvs.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentvs.it.Api;
import org.opentvs.it.Db;

/** Loads a {@link Population} the way it arrives (admissions feed, exit crossings, partner file) and runs the job. */
final class ReconciliationFixture {

    static final String JOB = "api/v1/admin/jobs/adis-reconciliation";

    private ReconciliationFixture() {
    }

    static void admissions(Api api, String feedToken, List<Population.Arrival> arrivals) {
        for (int from = 0; from < arrivals.size(); from += 1000) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (Population.Arrival a : arrivals.subList(from, Math.min(arrivals.size(), from + 1000))) {
                JsonObjectBuilder json = Json.createObjectBuilder().add("id", a.id().toString()).add("familyName", a.family())
                        .add("givenNames", a.given()).add("dateOfBirth", a.dob().toString()).add("nationality", a.nationality())
                        .add("documentNumber", a.document()).add("documentCountry", a.nationality())
                        .add("classOfAdmission", a.classOfAdmission()).add("port", "SEA").add("admittedAt", a.admittedAt().toString());
                if (a.admitUntil() != null) {
                    json.add("admitUntil", a.admitUntil().toString());
                }
                if (a.identityId() != null) {
                    json.add("identityId", a.identityId().toString());
                }
                list.add(json);
            }
            Api.Reply reply = api.postJson("api/v1/admissions", Api.bearer(feedToken),
                    Json.createObjectBuilder().add("admissions", list).build().toString());
            assertEquals(201, reply.status(), reply.body());
        }
    }

    /** Exit crossings as the crossing context records them (biometric exits with their biographic snapshot). */
    static void exitCrossings(List<Population.Departure> departures) throws Exception {
        try (Connection c = Db.connect();
                PreparedStatement ps = c.prepareStatement("insert into crossing (id, identity_id, direction,"
                        + " confirmation, touchpoint, port, family_name, given_names, date_of_birth, nationality, document_number, document_country,"
                        + " occurred_at, recorded_at) values (?, ?, 'EXIT', 'BIOMETRIC', 'AIR_BOARDING', 'SEA', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Population.Departure d : departures) {
                if (d.partner()) {
                    continue;
                }
                ps.setObject(1, d.id());
                ps.setObject(2, d.identityId());
                ps.setString(3, d.family());
                ps.setString(4, d.given());
                ps.setObject(5, d.dob());
                ps.setString(6, d.nationality());
                ps.setString(7, d.document());
                ps.setString(8, d.document() == null ? null : d.nationality());
                ps.setTimestamp(9, Timestamp.from(d.at()));
                ps.setTimestamp(10, Timestamp.from(Instant.now()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The partner file (CSV, lines numbered from 2 after the header), with {@code bad} extra lines at the end. */
    static String partnerCsv(List<Population.Departure> departures, List<String> bad) {
        StringBuilder csv = new StringBuilder(
                "family_name,given_names,date_of_birth,nationality,document_number,document_country,entry_date,port\n");
        departures.stream().filter(Population.Departure::partner).sorted(java.util.Comparator.comparingInt(Population.Departure::lineNo))
                .forEach(d -> csv.append('"').append(d.family()).append("\",").append(d.given()).append(',').append(d.dob()).append(',')
                        .append(d.nationality()).append(',').append(d.document() == null ? "" : d.document()).append(',')
                        .append(d.document() == null ? "" : d.nationality()).append(',')
                        .append(d.at().atZone(java.time.ZoneOffset.UTC).toLocalDate()).append(",0427\n"));
        bad.forEach(line -> csv.append(line).append('\n'));
        return csv.toString();
    }

    static JsonObject postPartnerFile(Api api, String token, String csv) {
        Api.Reply reply = api.post("api/v1/reconciliation/partner-entries?partner=CAN", Api.bearer(token), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** The truth: admission id → the departure id (crossing id, or the stored partner entry of that line). */
    static Map<UUID, UUID> truth(Population population) {
        Map<Integer, UUID> partnerIds = new HashMap<>();
        for (String row : Db.strings("select line_no || ' ' || id from partner_entry")) {
            String[] parts = row.split(" ");
            partnerIds.put(Integer.parseInt(parts[0]), UUID.fromString(parts[1]));
        }
        Map<UUID, UUID> truth = new HashMap<>();
        for (Population.Departure d : population.departures) {
            if (d.arrival() != null) {
                truth.put(d.arrival(), d.partner() ? partnerIds.get(d.lineNo()) : d.id());
            }
        }
        return truth;
    }

    static long start(Api api, String operator, String parameters) {
        Api.Reply reply = api.postJson(JOB, Api.bearer(operator), parameters);
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("executionId").longValue();
    }

    static JsonObject await(Api api, String operator, long id, String wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            Api.Reply reply = api.get(JOB + "/executions/" + id, Api.bearer(operator));
            assertEquals(200, reply.status(), reply.body());
            String status = reply.json().getString("batchStatus");
            if (status.equals(wanted)) {
                return reply.json();
            }
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status) || System.currentTimeMillis() > deadline) {
                throw new AssertionError("execution " + id + " is " + status + ", wanted " + wanted + ": " + reply.body());
            }
            Thread.sleep(200);
        }
    }

    /** Everything the job wrote, as comparable text (optionally without run-specific columns). */
    static List<String> snapshot(boolean full) {
        String links = full
                ? "select 'L ' || l::text from recon_link l"
                : "select 'L ' || admission_id || ' ' || departure_id || ' ' || method || ' ' || confidence from recon_link";
        String classes = full
                ? "select 'C ' || c::text from recon_classification c"
                : "select 'C ' || admission_id || ' ' || status || ' ' || coalesce(admit_until::text, '-') || ' ' || coalesce(days_over, -1)"
                        + " || ' ' || under_review from recon_classification";
        String discrepancies = full
                ? "select 'D ' || d::text from recon_discrepancy d"
                : "select 'D ' || admission_id || ' ' || departure_id || ' ' || reason || ' ' || status from recon_discrepancy";
        return Db.strings(links + " union all " + classes + " union all " + discrepancies + " order by 1");
    }

    static void clearResults() {
        Db.execute("delete from recon_link");
        Db.execute("delete from recon_classification");
        Db.execute("delete from recon_discrepancy");
    }
}
