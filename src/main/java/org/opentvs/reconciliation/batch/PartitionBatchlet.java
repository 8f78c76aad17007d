package org.opentvs.reconciliation.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * One partition (admission days [from, to)) of a set-based reconciliation step. Its writes are keyed,
 * so a partition stopped or failed part way is simply run again by the restart, and one that
 * completed changes nothing when run again. A stop cancels the statements in flight.
 */
abstract class PartitionBatchlet extends AbstractBatchlet implements StatementTracker {

    private static final Logger LOG = Logger.getLogger(PartitionBatchlet.class.getName());

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    ReconDataSource db;

    @Inject
    JobContext job;

    private final Set<Statement> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /** The partition's work; returns a short description of what it did, for the log. */
    protected abstract String work(Instant from, Instant to) throws Exception;

    @Override
    public String process() throws Exception {
        Instant start = Instant.parse(from);
        Instant end = Instant.parse(to);
        long t0 = System.nanoTime();
        try {
            String done = work(start, end);
            LOG.info(() -> getClass().getSimpleName() + " [" + from + ", " + to + ") of execution " + job.getExecutionId() + ": " + done
                    + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return BatchStatus.COMPLETED.name();
        } catch (SQLException e) {
            if (stopping) {
                return BatchStatus.STOPPED.name();
            }
            throw e;
        }
    }

    @Override
    public void stop() {
        stopping = true;
        for (Statement s : running) {
            try {
                s.cancel();
            } catch (SQLException e) {
                LOG.fine(() -> "cancel: " + e.getMessage());
            }
        }
    }

    protected boolean stopping() {
        return stopping;
    }

    /** Registers a statement so that a stop cancels it; returns it. */
    @Override
    public <S extends Statement> S track(S statement) throws SQLException {
        running.add(statement);
        if (stopping) {
            statement.cancel();
            throw new SQLException("stopped", "57014");
        }
        return statement;
    }

    @Override
    public void untrack(Statement statement) {
        running.remove(statement);
    }

    /**
     * Settings for big set-based statements, local to the connection's current transaction: memory
     * for their hashes and sorts, and no nested loops. The link tables fill while the job runs, so
     * statistics taken before a step may call them empty; a nested loop over a table estimated empty
     * that holds millions of links is quadratic, a hash join is linear whatever the estimate.
     */
    protected static void bulkSettings(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set local work_mem = '" + workMem() + "'");
            s.execute("set local enable_nestloop = off");
        }
    }

    static String workMem() {
        String value = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("opentvs.reconciliation.work-mem", String.class).orElse("256MB").trim();
        return value.matches("[0-9]{1,7}(kB|MB|GB)") ? value : "256MB";
    }
}
