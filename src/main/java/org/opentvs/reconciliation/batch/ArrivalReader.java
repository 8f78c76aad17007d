package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import org.opentvs.reconciliation.entity.Arrival;
import org.opentvs.reconciliation.entity.Person;

/**
 * Reads the admissions of one partition (admitted in [from, to)) in (admitted_at, id) order, a page
 * at a time after the last key; the checkpoint is that key, so a restart goes on where it stopped.
 * With {@code unlinked=true} only admissions without a departure link yet; {@code enabled=false} reads nothing.
 */
@Dependent
@Named("reconArrivalReader")
public class ArrivalReader extends AbstractItemReader {

    static final String COLUMNS = "a.id, a.admitted_at, a.family_name, a.given_names, a.date_of_birth, a.nationality,"
            + " a.document_number, a.document_country, a.class_of_admission, a.admit_until, a.identity_id";

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    @BatchProperty
    String unlinked;

    @Inject
    @BatchProperty
    String pageSize;

    @Inject
    @BatchProperty
    String enabled;

    @Inject
    ReconDataSource db;

    private final Deque<Arrival> page = new ArrayDeque<>();
    private ArrivalKey last;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint instanceof ArrivalKey key ? key : new ArrivalKey(Instant.parse(from).minusNanos(1000), new UUID(0, 0));
        exhausted = "false".equalsIgnoreCase(enabled);
    }

    @Override
    public Object readItem() throws SQLException {
        if (page.isEmpty() && !exhausted) {
            fill();
        }
        Arrival next = page.poll();
        if (next != null) {
            last = new ArrivalKey(next.admittedAt(), next.id());
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }

    private void fill() throws SQLException {
        int size = ArrivalDayMapper.parse(pageSize, 1000, 100_000);
        String sql = "select " + COLUMNS + " from admission a where (a.admitted_at, a.id) > (?, ?) and a.admitted_at < ?"
                + ("true".equals(unlinked) ? " and not exists (select 1 from recon_link l where l.admission_id = a.id)" : "")
                + " order by a.admitted_at, a.id limit " + size;
        try (Connection c = db.get(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(last.admittedAt()));
            ps.setObject(2, last.id());
            ps.setTimestamp(3, Timestamp.from(Instant.parse(to)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    page.add(arrival(rs));
                }
            }
        }
        exhausted = page.size() < size;
    }

    static Arrival arrival(ResultSet rs) throws SQLException {
        Person person = new Person(rs.getString(3), rs.getString(4), rs.getObject(5, java.time.LocalDate.class), rs.getString(6),
                rs.getString(7), rs.getString(8));
        return new Arrival(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), person, rs.getString(9),
                rs.getObject(10, java.time.LocalDate.class), rs.getObject(11, UUID.class));
    }
}
