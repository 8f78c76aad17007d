package org.opentvs.stay.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.stay.entity.DocumentKey;
import org.opentvs.stay.entity.StayRecord;
import org.opentvs.stay.entity.StayRecord.Departure;

/**
 * The admissions and departures on record for people asked about by document and date of birth,
 * set-based (two statements for any number of people). Only exact keys: the document number and
 * issuing country and the date of birth must all agree, so a wrong date of birth finds what an
 * unknown document finds, nothing. A departure is the reconciliation's link of the admission, else
 * the first exit (exit crossing, or a partner's entry when {@code partnerEntries}) after it and
 * before the person's next admission.
 */
@Dependent
public class StayRecords {

    /** What is on record for one person: the admissions in time order, and the departures no admission took. */
    public record Found(List<StayRecord> stays, List<Departure> otherDepartures) {

        public boolean any() {
            return !stays.isEmpty() || !otherDepartures.isEmpty();
        }
    }

    private static final String KEYS = "unnest(?::text[], ?::text[], ?::date[]) with ordinality q(doc, country, dob, i)";
    static final String ADMISSIONS = "select q.i, a.id, a.class_of_admission, a.admitted_at, a.admit_until, a.port, l.departed_at,"
            + " d.port, d.source from " + KEYS
            + " join admission a on a.document_number = q.doc and a.document_country = q.country and a.date_of_birth = q.dob"
            + " left join recon_link l on l.admission_id = a.id left join recon_departure d on d.id = l.departure_id"
            + " order by q.i, a.admitted_at, a.id";
    static final String DEPARTURES = "select q.i, x.t, x.port, x.source from " + KEYS + " join lateral ("
            + " select c.occurred_at t, c.port, 'CROSSING' source from crossing c where c.direction = 'EXIT'"
            + " and c.document_number = q.doc and c.document_country = q.country and (c.date_of_birth is null or c.date_of_birth = q.dob)"
            + " union all select (p.entry_date + 1)::timestamp at time zone 'UTC' - interval '1 second', p.port, 'PARTNER'"
            + " from partner_entry p where ? and p.document_number = q.doc and p.document_country = q.country and p.date_of_birth = q.dob"
            + ") x on true order by q.i, x.t";

    @Inject
    CurrentConnection connection;

    /** Per position in {@code keys}; {@code partnerEntries} false keeps to our own records (crossings, links to them). */
    public List<Found> find(List<DocumentKey> keys, boolean partnerEntries) throws SQLException {
        Connection c = connection.get();
        Map<Integer, List<StayRecord>> admissions = new HashMap<>();
        Map<Integer, List<Departure>> departures = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(ADMISSIONS)) {
            bind(c, ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp linked = rs.getTimestamp(7);
                    String source = rs.getString(9);
                    Departure link = linked == null || !partnerEntries && "PARTNER".equals(source)
                            ? null
                            : new Departure(linked.toInstant(), rs.getString(8), source);
                    admissions.computeIfAbsent(rs.getInt(1) - 1, k -> new ArrayList<>()).add(new StayRecord(rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getObject(5, LocalDate.class), rs.getString(6), link));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(DEPARTURES)) {
            bind(c, ps, keys);
            ps.setBoolean(4, partnerEntries);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    departures.computeIfAbsent(rs.getInt(1) - 1, k -> new ArrayList<>())
                            .add(new Departure(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)));
                }
            }
        }
        List<Found> found = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            found.add(pair(admissions.getOrDefault(i, List.of()), departures.getOrDefault(i, List.of())));
        }
        return found;
    }

    /** Gives each admission without a link the first free departure after it and before the next admission. */
    static Found pair(List<StayRecord> admissions, List<Departure> departures) {
        List<Departure> free = new ArrayList<>(departures);
        admissions.stream().map(StayRecord::departure).filter(d -> d != null).forEach(d -> free.removeIf(f -> f.at().equals(d.at())));
        List<StayRecord> stays = new ArrayList<>(admissions.size());
        for (int i = 0; i < admissions.size(); i++) {
            StayRecord a = admissions.get(i);
            if (a.departure() == null) {
                Instant from = a.admittedAt();
                Instant next = i + 1 < admissions.size() ? admissions.get(i + 1).admittedAt() : null;
                Departure d = free.stream().filter(f -> !f.at().isBefore(from) && (next == null || f.at().isBefore(next)))
                        .findFirst().orElse(null);
                if (d != null) {
                    free.remove(d);
                    a = a.withDeparture(d);
                }
            }
            stays.add(a);
        }
        return new Found(List.copyOf(stays), List.copyOf(free));
    }

    private static void bind(Connection c, PreparedStatement ps, List<DocumentKey> keys) throws SQLException {
        ps.setArray(1, c.createArrayOf("text", keys.stream().map(DocumentKey::number).toArray()));
        ps.setArray(2, c.createArrayOf("text", keys.stream().map(DocumentKey::country).toArray()));
        ps.setArray(3, c.createArrayOf("date", keys.stream().map(k -> java.sql.Date.valueOf(k.dateOfBirth())).toArray()));
    }
}
