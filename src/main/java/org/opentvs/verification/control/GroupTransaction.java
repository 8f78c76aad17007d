package org.opentvs.verification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.crossing.control.CrossingRegistration;
import org.opentvs.verification.entity.VerificationRecorded;

/**
 * The verification writer's way into PostgreSQL: writes one group of verifications in a transaction
 * of its own on a connection of {@code jdbc/opentvs} (with the configured network timeout, and
 * {@code synchronous_commit} off for that transaction when so configured), the statements being
 * {@link VerificationRows}', and commits once; on any failure it rolls back and rethrows. Then,
 * outside any transaction, fires {@link VerificationRecorded} for the rows of the group that were
 * new. Stateless apart from its configuration: the group commit and the replay each hold one.
 */
@Dependent
public class GroupTransaction {

    /** The writer's logger, as before these parts were split out of it. */
    private static final Logger LOG = Logger.getLogger(VerificationWriter.class.getName());

    @Resource(lookup = "jdbc/opentvs")
    DataSource dataSource;

    @Inject
    CrossingRegistration crossings;

    @Inject
    Event<VerificationRecorded> recorded;

    @Inject
    @ConfigProperty(name = "opentvs.verification.network-timeout-millis", defaultValue = "5000")
    int networkTimeoutMillis;

    @Inject
    @ConfigProperty(name = "opentvs.verification.synchronous-commit", defaultValue = "on")
    String synchronousCommit;

    /** @return the verifications of the group that were not in PostgreSQL before, now committed */
    Set<UUID> write(List<PendingVerification> rows) throws SQLException {
        try (Connection con = dataSource.getConnection()) {
            try {
                con.setNetworkTimeout(Runnable::run, networkTimeoutMillis);
            } catch (SQLException | UnsupportedOperationException | AbstractMethodError e) {
                // without it the pool's and the socket's own timeouts apply
            }
            con.setAutoCommit(false);
            try {
                if (!"on".equals(synchronousCommit)) {
                    try (Statement s = con.createStatement()) {
                        s.execute("set local synchronous_commit to off");
                    }
                }
                Set<UUID> inserted = VerificationRows.write(con, rows, crossings);
                con.commit();
                return inserted;
            } catch (SQLException | RuntimeException e) {
                try {
                    con.rollback();
                } catch (SQLException ignored) {
                    // the connection is gone; the pool validates it before handing it out again
                }
                throw e;
            } finally {
                try {
                    con.setAutoCommit(true);
                    con.setNetworkTimeout(Runnable::run, 0);
                } catch (SQLException | UnsupportedOperationException | AbstractMethodError ignored) {
                    // a broken connection; closing it below returns it for validation
                }
            }
        }
    }

    static List<VerificationRecorded> events(List<PendingVerification> rows, Set<UUID> inserted) {
        List<VerificationRecorded> events = new ArrayList<>(inserted.size());
        for (PendingVerification p : rows) {
            if (inserted.contains(p.id())) {
                events.add(p.event());
            }
        }
        return events;
    }

    /** Outside any transaction, so AFTER_SUCCESS observers run at once: each committed verification exactly once. */
    void fire(List<VerificationRecorded> events) {
        for (VerificationRecorded e : events) {
            try {
                recorded.fire(e);
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "an observer of verification " + e.verificationId() + " failed", ex);
            }
        }
    }
}
