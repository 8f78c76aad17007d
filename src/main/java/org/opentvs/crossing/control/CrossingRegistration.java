package org.opentvs.crossing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opentvs.crossing.entity.BiometricConfirmation;
import org.opentvs.crossing.entity.CrossingRow;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.CurrentConnection;

/**
 * Records crossings in the caller's transaction, with a biographic snapshot (name, birth date,
 * nationality, main document) taken from the manifest traveler or the holdings identity, and queues
 * their exports in the same transaction. One exit and one entry per manifest traveler at most.
 */
@Dependent
public class CrossingRegistration {

    private static final String COLUMNS = "id, traveler_id, identity_id, verification_id, direction, confirmation, touchpoint, port,"
            + " device_id, gallery_id, score, carrier, flight_number, flight_date, family_name, given_names, date_of_birth, sex,"
            + " nationality, document_number, document_country, occurred_at, recorded_at, elapsed_micros";

    private static final String FROM_TRAVELER = "insert into crossing (" + COLUMNS + ")"
            + " select ?, t.id, null, ?, ?, 'BIOMETRIC', ?, ?, ?, ?, ?, f.carrier, f.number, f.departure_date, t.family_name,"
            + " t.given_names, t.date_of_birth, t.sex, t.nationality, d.number, d.issuing_country, ?, ?, ?"
            + " from traveler t join flight f on f.id = t.flight_id"
            + " left join lateral (select number, issuing_country from traveler_document where traveler_id = t.id"
            + "   order by (type = 'P') desc limit 1) d on true"
            + " where t.id = ?"
            + " on conflict (traveler_id, direction) where traveler_id is not null do nothing returning *";

    private static final String FROM_IDENTITY = "insert into crossing (" + COLUMNS + ")"
            + " select ?, null, i.id, ?, ?, 'BIOMETRIC', ?, ?, ?, ?, ?, null, null, null, i.family_name, i.given_names,"
            + " i.date_of_birth, i.sex, i.nationality, d.number, d.issuing_country, ?, ?, ?"
            + " from holding_identity i left join lateral (select number, issuing_country from holding_document"
            + "   where identity_id = i.id limit 1) d on true where i.id = ? returning *";

    private static final String BIOGRAPHIC_DEPARTURES = "insert into crossing (" + COLUMNS + ")"
            + " select gen_random_uuid(), t.id, null, null, 'EXIT', 'BIOGRAPHIC', null, f.departure_airport, null, null, null,"
            + " f.carrier, f.number, f.departure_date, t.family_name, t.given_names, t.date_of_birth, t.sex, t.nationality,"
            + " d.number, d.issuing_country, coalesce(f.closed_at, ?), ?, null"
            + " from traveler t join flight f on f.id = t.flight_id"
            + " left join lateral (select number, issuing_country from traveler_document where traveler_id = t.id"
            + "   order by (type = 'P') desc limit 1) d on true"
            + " where t.flight_id = ? and t.status = 'BOARDED' and t.in_scope and f.direction <> 'INBOUND'"
            + " and not exists (select 1 from crossing c where c.traveler_id = t.id and c.direction = 'EXIT')"
            + " on conflict (traveler_id, direction) where traveler_id is not null do nothing returning *";

    @Inject
    CurrentConnection connection;

    @Inject
    Exports exports;

    @Inject
    Clock clock;

    /** @return the new crossing, or empty when this traveler's crossing in that direction was already recorded */
    public Optional<CrossingRow> biometric(BiometricConfirmation c) {
        return biometric(connection.get(), c);
    }

    /** The same, on a connection whose transaction the caller commits (the verification writer's). */
    public Optional<CrossingRow> biometric(Connection con, BiometricConfirmation c) {
        boolean traveler = c.travelerId() != null;
        try (PreparedStatement ps = con.prepareStatement(traveler ? FROM_TRAVELER : FROM_IDENTITY)) {
            int i = 1;
            ps.setObject(i++, UUID.randomUUID());
            ps.setObject(i++, c.verificationId());
            ps.setString(i++, c.direction());
            ps.setString(i++, c.touchpoint());
            ps.setString(i++, c.port());
            ps.setString(i++, c.deviceId());
            ps.setObject(i++, c.galleryId());
            ps.setFloat(i++, c.score());
            ps.setTimestamp(i++, Timestamp.from(c.occurredAt()));
            ps.setTimestamp(i++, Timestamp.from(clock.now()));
            ps.setInt(i++, c.elapsedMicros());
            ps.setObject(i, traveler ? c.travelerId() : c.identityId());
            try (ResultSet rs = ps.executeQuery()) {
                List<CrossingRow> rows = CrossingRows.all(rs);
                rows.forEach(row -> exports.enqueue(con, row));
                return rows.stream().findFirst();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("crossing could not be recorded", e);
        }
    }

    /** Confirms from the manifest every boarded in-scope traveler of a closed flight who has no exit yet. */
    public List<CrossingRow> biographicDepartures(UUID flightId) {
        Connection con = connection.get();
        try (PreparedStatement ps = con.prepareStatement(BIOGRAPHIC_DEPARTURES)) {
            Timestamp now = Timestamp.from(clock.now());
            ps.setTimestamp(1, now);
            ps.setTimestamp(2, now);
            ps.setObject(3, flightId);
            try (ResultSet rs = ps.executeQuery()) {
                List<CrossingRow> rows = CrossingRows.all(rs);
                rows.forEach(row -> exports.enqueue(con, row));
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("biographic confirmations could not be recorded", e);
        }
    }
}
