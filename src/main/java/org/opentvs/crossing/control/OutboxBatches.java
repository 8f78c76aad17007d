package org.opentvs.crossing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Outbox rows grouped into numbered batches. A batch is claimed once and keeps its number until it
 * is delivered, so a retried delivery writes exactly the same batch again.
 */
@Dependent
public class OutboxBatches {

    public record Batch(long id, String destination, List<String> payloads) {
    }

    private static final String CLAIM = "with b as (select nextval('outbox_batch_seq') as id)"
            + " update outbox set batch_id = (select id from b) where id in (select id from outbox"
            + " where destination = ? and delivered_at is null and batch_id is null order by id limit ? for update skip locked)";

    @Resource(lookup = "jdbc/opentvs")
    DataSource dataSource;

    public int claim(String destination, int size) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setString(1, destination);
            ps.setInt(2, size);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox unavailable", e);
        }
    }

    /** Claimed, undelivered batches whose next attempt is due, oldest first. */
    public List<Batch> due(String destination, int limit) {
        // a batch is always re-read whole, whatever state its rows are in, so its file is the same on a retry
        String sql = "select batch_id, payload from outbox where destination = ? and batch_id in"
                + " (select distinct batch_id from outbox where destination = ? and delivered_at is null and batch_id is not null"
                + "  and next_attempt_at <= now() order by batch_id limit ?) order by batch_id, id";
        List<Batch> batches = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, destination);
            ps.setString(2, destination);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (batches.isEmpty() || batches.get(batches.size() - 1).id() != id) {
                        batches.add(new Batch(id, destination, new ArrayList<>()));
                    }
                    batches.get(batches.size() - 1).payloads().add(rs.getString(2));
                }
            }
            return batches;
        } catch (SQLException e) {
            throw new IllegalStateException("outbox unavailable", e);
        }
    }

    public void delivered(long batchId) {
        update("update outbox set delivered_at = now(), attempts = attempts + 1, last_error = null where batch_id = ?", batchId, null);
    }

    /** Backs off exponentially: 2, 4, 8 … seconds, at most 10 minutes. */
    public void failed(long batchId, String error) {
        update("update outbox set attempts = attempts + 1, last_error = ?,"
                + " next_attempt_at = now() + least(interval '600 seconds', interval '1 second' * power(2, attempts + 1))"
                + " where batch_id = ?", batchId, error);
    }

    private void update(String sql, long batchId, String error) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (error != null) {
                ps.setString(i++, error.length() > 500 ? error.substring(0, 500) : error);
            }
            ps.setLong(i, batchId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox unavailable", e);
        }
    }
}
