package org.opentvs.crossing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
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
 * The snapshot is read in the same statement as the insert, from the views manifest and holdings
 * publish (issue 13: {@code manifest_travelers}, {@code manifest_flights},
 * {@code manifest_traveler_documents}, {@code holdings_identities}, {@code holdings_identity_documents}):
 * PostgreSQL expands them before planning, so a verification group still costs one statement with
 * the plan it had on the owners' tables ({@code PublishedViewsIT}).
 */
@Dependent
public class CrossingRegistration {

    private static final String COLUMNS = "id, traveler_id, identity_id, verification_id, direction, confirmation, touchpoint, port,"
            + " device_id, gallery_id, score, carrier, flight_number, flight_date, family_name, given_names, date_of_birth, sex,"
            + " nationality, document_number, document_country, occurred_at, recorded_at, elapsed_micros";

    static final String FROM_TRAVELER = "insert into crossing (" + COLUMNS + ")"
            + " select ?, t.id, null, ?, ?, 'BIOMETRIC', ?, ?, ?, ?, ?, f.carrier, f.number, f.departure_date, t.family_name,"
            + " t.given_names, t.date_of_birth, t.sex, t.nationality, d.number, d.issuing_country, ?, ?, ?"
            + " from manifest_travelers t join manifest_flights f on f.id = t.flight_id"
            + " left join lateral (select number, issuing_country from manifest_traveler_documents where traveler_id = t.id"
            + "   order by (type = 'P') desc limit 1) d on true"
            + " where t.id = ?"
            + " on conflict (traveler_id, direction) where traveler_id is not null do nothing returning *";

    /** {@link #FROM_TRAVELER} for a whole group in one statement: one row per confirmation, in the group's order. */
    static final String FROM_TRAVELERS = "insert into crossing (" + COLUMNS + ")"
            + " select u.id::uuid, t.id, null, u.verification::uuid, u.direction, 'BIOMETRIC', u.touchpoint, u.port, u.device,"
            + " u.gallery::uuid, u.score::real, f.carrier, f.number, f.departure_date, t.family_name, t.given_names, t.date_of_birth,"
            + " t.sex, t.nationality, d.number, d.issuing_country, u.occurred::timestamptz, ?, u.elapsed::integer"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + "   ?::text[], ?::text[]) with ordinality"
            + "   as u(id, verification, direction, touchpoint, port, device, gallery, score, occurred, elapsed, traveler, ord)"
            + " join manifest_travelers t on t.id = u.traveler::uuid join manifest_flights f on f.id = t.flight_id"
            + " left join lateral (select number, issuing_country from manifest_traveler_documents where traveler_id = t.id"
            + "   order by (type = 'P') desc limit 1) d on true"
            + " order by u.ord"
            + " on conflict (traveler_id, direction) where traveler_id is not null do nothing returning *";

    static final String FROM_IDENTITY = "insert into crossing (" + COLUMNS + ")"
            + " select ?, null, i.id, ?, ?, 'BIOMETRIC', ?, ?, ?, ?, ?, null, null, null, i.family_name, i.given_names,"
            + " i.date_of_birth, i.sex, i.nationality, d.number, d.issuing_country, ?, ?, ?"
            + " from holdings_identities i left join lateral (select number, issuing_country from holdings_identity_documents"
            + "   where identity_id = i.id limit 1) d on true where i.id = ? returning *";

    static final String BIOGRAPHIC_DEPARTURES = "insert into crossing (" + COLUMNS + ")"
            + " select gen_random_uuid(), t.id, null, null, 'EXIT', 'BIOGRAPHIC', null, f.departure_airport, null, null, null,"
            + " f.carrier, f.number, f.departure_date, t.family_name, t.given_names, t.date_of_birth, t.sex, t.nationality,"
            + " d.number, d.issuing_country, coalesce(f.closed_at, ?), ?, null"
            + " from manifest_travelers t join manifest_flights f on f.id = t.flight_id"
            + " left join lateral (select number, issuing_country from manifest_traveler_documents where traveler_id = t.id"
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

    /**
     * A group of confirmations on a connection whose transaction the caller commits: those of manifest
     * travelers in one statement, their exports in one batch, holdings identities one by one. The same
     * outcome as {@link #biometric(Connection, BiometricConfirmation)} for each in turn: the first
     * confirmation of a traveler and direction makes the crossing, later ones add nothing.
     *
     * @return the new crossings
     */
    public List<CrossingRow> biometric(Connection con, List<BiometricConfirmation> group) {
        List<BiometricConfirmation> ofTravelers = group.stream().filter(c -> c.travelerId() != null).toList();
        List<CrossingRow> made = new ArrayList<>();
        if (!ofTravelers.isEmpty()) {
            try (PreparedStatement ps = con.prepareStatement(FROM_TRAVELERS)) {
                ps.setTimestamp(1, Timestamp.from(clock.now()));
                String[][] columns = new String[11][ofTravelers.size()];
                for (int r = 0; r < ofTravelers.size(); r++) {
                    BiometricConfirmation c = ofTravelers.get(r);
                    String[] values = {UUID.randomUUID().toString(), c.verificationId().toString(), c.direction(), c.touchpoint(),
                            c.port(), c.deviceId(), c.galleryId() == null ? null : c.galleryId().toString(), Float.toString(c.score()),
                            c.occurredAt().toString(), Integer.toString(c.elapsedMicros()), c.travelerId().toString()};
                    for (int col = 0; col < values.length; col++) {
                        columns[col][r] = values[col];
                    }
                }
                List<Array> arrays = new ArrayList<>(columns.length);
                for (int col = 0; col < columns.length; col++) {
                    Array array = con.createArrayOf("text", columns[col]);
                    arrays.add(array);
                    ps.setArray(col + 2, array);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    made.addAll(CrossingRows.all(rs));
                }
                for (Array array : arrays) {
                    array.free();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("crossings could not be recorded", e);
            }
            exports.enqueue(con, made);
        }
        for (BiometricConfirmation c : group) {
            if (c.travelerId() == null) {
                biometric(con, c).ifPresent(made::add);
            }
        }
        return made;
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
