package org.opentvs.manifest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.opentvs.manifest.entity.Traveler;
import org.opentvs.manifest.entity.TravelerDocument;
import org.opentvs.platform.control.CurrentConnection;

/**
 * Travelers' documents read and written set-based: one query reads those of many travelers, and
 * the changed travelers' documents are replaced with one DELETE and one INSERT from arrays, so a
 * large manifest holds its flight's lock for a bounded time (not one statement per document row).
 */
@Dependent
public class TravelerDocuments {

    private static final String READ = "select traveler_id, type, number, issuing_country, expiry, issued from traveler_document"
            + " where traveler_id = any(?::uuid[])";
    private static final String DELETE = "delete from traveler_document where traveler_id = any(?::uuid[])";
    private static final String INSERT = "insert into traveler_document (traveler_id, type, number, issuing_country, expiry, issued)"
            + " select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::date[])";

    private record Row(UUID travelerId, TravelerDocument document) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentConnection connection;

    /** Gives each traveler its stored documents. */
    public void attach(Collection<Traveler> travelers) {
        if (travelers.isEmpty()) {
            return;
        }
        Map<UUID, List<TravelerDocument>> byTraveler = new HashMap<>();
        Connection c = connection.get();
        try (PreparedStatement ps = c.prepareStatement(READ)) {
            ps.setArray(1, c.createArrayOf("text", travelers.stream().map(t -> t.id().toString()).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byTraveler.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new TravelerDocument(
                            rs.getString(2), rs.getString(3), rs.getString(4), localDate(rs.getDate(5)), localDate(rs.getDate(6))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("traveler documents could not be read", e);
        }
        travelers.forEach(t -> t.documentsAsStored(byTraveler.getOrDefault(t.id(), List.of())));
    }

    /** Writes the documents of the travelers whose documents changed; the travelers themselves are flushed first. */
    public void write(Collection<Traveler> travelers) {
        List<Traveler> changed = travelers.stream().filter(Traveler::documentsChanged).toList();
        if (changed.isEmpty()) {
            return;
        }
        em.flush();
        List<Row> rows = new ArrayList<>();
        changed.forEach(t -> t.documents().forEach(d -> rows.add(new Row(t.id(), d))));
        Connection c = connection.get();
        try (PreparedStatement delete = c.prepareStatement(DELETE); PreparedStatement insert = c.prepareStatement(INSERT)) {
            delete.setArray(1, c.createArrayOf("text", changed.stream().map(t -> t.id().toString()).toArray()));
            delete.executeUpdate();
            if (!rows.isEmpty()) {
                insert.setArray(1, text(c, rows, Row::travelerId));
                insert.setArray(2, text(c, rows, r -> r.document().type()));
                insert.setArray(3, text(c, rows, r -> r.document().number()));
                insert.setArray(4, text(c, rows, r -> r.document().issuingCountry()));
                insert.setArray(5, text(c, rows, r -> r.document().expiry()));
                insert.setArray(6, text(c, rows, r -> r.document().issued()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("traveler documents could not be written", e);
        }
        changed.forEach(t -> t.documentsAsStored(t.documents()));
    }

    private static java.sql.Array text(Connection c, List<Row> rows, Function<Row, ?> column) throws SQLException {
        return c.createArrayOf("text", rows.stream().map(column).map(v -> v == null ? null : Objects.toString(v)).toArray());
    }

    private static java.time.LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
