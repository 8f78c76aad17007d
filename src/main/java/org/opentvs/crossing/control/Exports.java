package org.opentvs.crossing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opentvs.crossing.entity.CrossingRow;
import org.opentvs.platform.control.Json;

/**
 * Queues a crossing for IDENT/HART (biometric confirmations only), TECS and ADIS in the same
 * transaction that records it. The crossing id is the idempotency key at every destination.
 */
@Dependent
public class Exports {

    public static final String IDENT = "IDENT";
    public static final String TECS = "TECS";
    public static final String ADIS = "ADIS";

    private static final String INSERT = "insert into outbox (destination, idempotency_key, payload, created_at, next_attempt_at)"
            + " values (?, ?, ?, ?, ?) on conflict (destination, idempotency_key) do nothing";

    public void enqueue(Connection con, CrossingRow row) {
        enqueue(con, List.of(row));
    }

    /** The exports of several crossings in one batch (the pool's driver rewrites it into one multi-row insert). */
    public void enqueue(Connection con, List<CrossingRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = con.prepareStatement(INSERT)) {
            for (CrossingRow row : rows) {
                String payload = payload(row);
                for (String destination : row.biometric() ? new String[]{IDENT, TECS, ADIS} : new String[]{TECS, ADIS}) {
                    ps.setString(1, destination);
                    ps.setString(2, "crossing:" + row.id());
                    ps.setString(3, payload);
                    ps.setTimestamp(4, now);
                    ps.setTimestamp(5, now);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("exports could not be queued", e);
        }
    }

    static String payload(CrossingRow r) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", "CROSSING").add("crossingId", r.id().toString())
                .add("idempotencyKey", "crossing:" + r.id()).add("direction", r.direction()).add("confirmation", r.confirmation())
                .add("occurredAt", r.occurredAt().toString());
        put(json, "touchpoint", r.touchpoint());
        put(json, "port", r.port());
        put(json, "deviceId", r.deviceId());
        put(json, "galleryId", r.galleryId());
        if (r.score() != null) {
            json.add("score", r.score());
        }
        if (r.carrier() != null) {
            json.add("flight", Json.createObjectBuilder().add("carrier", r.carrier()).add("number", r.flightNumber())
                    .add("date", r.flightDate().toString()));
        }
        JsonObjectBuilder person = Json.createObjectBuilder();
        put(person, "familyName", r.familyName());
        put(person, "givenNames", r.givenNames());
        put(person, "dateOfBirth", r.dateOfBirth());
        put(person, "sex", r.sex());
        put(person, "nationality", r.nationality());
        put(person, "documentNumber", r.documentNumber());
        put(person, "documentCountry", r.documentCountry());
        return json.add("person", person).build().toString();
    }

    private static void put(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
