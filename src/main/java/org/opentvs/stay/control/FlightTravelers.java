package org.opentvs.stay.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.stay.entity.DocumentKey;

/**
 * A carrier's flight and, for each traveler the carrier names, the manifest's traveler with that
 * document, issuing country and date of birth (expected or boarded, not removed): whether the
 * manifest holds them a US citizen and whether a validated watch-list hit of a blocking category
 * is on them. Set-based: one statement for the whole list, on the views manifest and alerting
 * publish (issue 13: {@code manifest_flights}, {@code manifest_travelers},
 * {@code manifest_traveler_documents}, {@code alerting_hotlist_hits}), which PostgreSQL expands
 * into the plan it had on their tables ({@code PublishedViewsIT}).
 */
@Dependent
public class FlightTravelers {

    public record Flight(UUID id, boolean outbound) {
    }

    public record OnManifest(boolean usCitizen, boolean blockingHit) {
    }

    static final String FLIGHT = "select id, direction from manifest_flights where carrier = ? and number = ? and departure_date = ?";

    static final String TRAVELERS = "select distinct on (q.i) q.i, t.us_citizen, exists (select 1 from alerting_hotlist_hits h"
            + " where h.subject_id = t.id and h.subject_kind = 'TRAVELER' and h.kind = 'WATCHLIST' and h.status = 'VALIDATED'"
            + " and h.category = any(?::text[]))"
            + " from unnest(?::text[], ?::text[], ?::date[]) with ordinality q(doc, country, dob, i)"
            + " join manifest_travelers t on t.flight_id = ? and t.date_of_birth = q.dob and t.status in ('EXPECTED', 'BOARDED')"
            + " join manifest_traveler_documents d on d.traveler_id = t.id and d.number = q.doc and d.issuing_country = q.country"
            + " order by q.i, t.us_citizen desc";

    @Inject
    CurrentConnection connection;

    public Optional<Flight> flight(String carrier, String number, LocalDate date) throws SQLException {
        try (PreparedStatement ps = connection.get().prepareStatement(FLIGHT)) {
            ps.setString(1, carrier);
            ps.setString(2, number);
            ps.setObject(3, date);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Flight(rs.getObject(1, UUID.class), "OUTBOUND".equals(rs.getString(2))))
                        : Optional.empty();
            }
        }
    }

    /** Per position in {@code keys}: the manifest's traveler, or null when the flight has none with that document and birth date. */
    public List<OnManifest> onManifest(UUID flight, List<DocumentKey> keys, Set<String> blockingCategories) throws SQLException {
        Connection c = connection.get();
        OnManifest[] found = new OnManifest[keys.size()];
        try (PreparedStatement ps = c.prepareStatement(TRAVELERS)) {
            ps.setArray(1, c.createArrayOf("text", blockingCategories.toArray()));
            ps.setArray(2, c.createArrayOf("text", keys.stream().map(DocumentKey::number).toArray()));
            ps.setArray(3, c.createArrayOf("text", keys.stream().map(DocumentKey::country).toArray()));
            ps.setArray(4, c.createArrayOf("date", keys.stream().map(k -> java.sql.Date.valueOf(k.dateOfBirth())).toArray()));
            ps.setObject(5, flight);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found[(int) rs.getLong(1) - 1] = new OnManifest(rs.getBoolean(2), rs.getBoolean(3));
                }
            }
        }
        return new ArrayList<>(Arrays.asList(found));
    }
}
