package org.opentvs.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.reporting.control.Rollups;

/**
 * Keeps the summary tables current: each call rolls from the high-water mark (less a safety margin
 * for verifications still committing) up to now, at most {@code maxWindow} per transaction. The state
 * row is locked, so the timer and an administrator's rebuild never roll at the same time.
 */
@Stateless
public class ReportRollup {

    private static final Logger LOG = Logger.getLogger(ReportRollup.class.getName());
    static final String STATE = "verification";

    @Inject
    CurrentConnection connection;

    @Inject
    Clock clock;

    /** One step of catching up; returns the step's result, its {@code to} is where the rollup now stands. */
    public Rollups.Result catchUp(Duration safety, Duration maxWindow) {
        try {
            Connection c = connection.get();
            Instant now = clock.now();
            Instant mark = lockedMark(c);
            Instant from = mark == null ? earliestVerification(c, now) : mark.minus(safety);
            Instant to = from.plus(maxWindow).isBefore(now) ? from.plus(maxWindow) : now;
            Rollups.Result result = Rollups.roll(c, from, to);
            saveMark(c, to, now);
            return new Rollups.Result(result.from(), to, result.hourRows(), result.flights());
        } catch (SQLException e) {
            throw new IllegalStateException("report rollup failed", e);
        }
    }

    /** Recomputes [from, to) whatever the mark says (history loaded in bulk, corrections). */
    public Rollups.Result rebuild(Instant from, Instant to) {
        try {
            Connection c = connection.get();
            lockedMark(c);
            Rollups.Result result = Rollups.roll(c, from, to);
            LOG.info(() -> "Report summaries rebuilt for " + from + " to " + to + ": " + result.flights() + " flights");
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("report rebuild failed", e);
        }
    }

    private static Instant lockedMark(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into report_rollup_state values (?, '-infinity', now())"
                + " on conflict do nothing")) {
            insert.setString(1, STATE);
            insert.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("select rolled_until, rolled_until = '-infinity' from report_rollup_state"
                + " where name = ? for update")) {
            ps.setString(1, STATE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(2) ? null : rs.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private static Instant earliestVerification(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select min(at) from verification"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            OffsetDateTime first = rs.getObject(1, OffsetDateTime.class);
            return first == null ? now : first.toInstant();
        }
    }

    private static void saveMark(Connection c, Instant to, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update report_rollup_state set rolled_until = ?, updated_at = ? where name = ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            ps.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setString(3, STATE);
            ps.executeUpdate();
        }
    }
}
