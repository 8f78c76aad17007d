package org.opentvs.verification.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.opentvs.crossing.control.CrossingRegistration;
import org.opentvs.platform.control.DatabaseFaults;
import org.opentvs.platform.control.DegradedWrites;
import org.opentvs.platform.control.Refusal;
import org.opentvs.verification.entity.VerificationRecorded;

/**
 * The one writer of verifications (group commit). Request threads match in memory and hand their
 * rows here; one thread takes everything pending (up to {@code group-max} rows), writes it in ONE
 * PostgreSQL transaction and commits once, fires {@link VerificationRecorded} for each new row and
 * then answers the waiting requests, so an answer still means "committed". When PostgreSQL cannot
 * be reached the same group is appended to the local {@link VerificationJournal} (one fsync) and
 * answered from there; while the journal holds anything, new groups go behind it, and a replayer
 * drains it in order into PostgreSQL once it answers again, exactly once (rows keyed by the
 * verification id). A journal that cannot take a group makes those requests 503.
 */
@ApplicationScoped
public class VerificationWriter implements DegradedWrites {

    private static final Logger LOG = Logger.getLogger(VerificationWriter.class.getName());

    public enum Mode { DIRECT, JOURNAL }

    private record Job(List<PendingVerification> rows, CompletableFuture<Void> done) {
    }

    @Resource(lookup = "jdbc/opentvs")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    CrossingRegistration crossings;

    @Inject
    Event<VerificationRecorded> recorded;

    @Inject
    @ConfigProperty(name = "opentvs.verification.group-max", defaultValue = "256")
    int groupMax;

    @Inject
    @ConfigProperty(name = "opentvs.verification.answer-timeout-seconds", defaultValue = "20")
    int answerTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "opentvs.verification.network-timeout-millis", defaultValue = "5000")
    int networkTimeoutMillis;

    @Inject
    @ConfigProperty(name = "opentvs.verification.synchronous-commit", defaultValue = "on")
    String synchronousCommit;

    @Inject
    @ConfigProperty(name = "opentvs.verification.journal.directory", defaultValue = "opentvs-journal")
    String journalDirectory;

    @Inject
    @ConfigProperty(name = "opentvs.verification.journal.max-bytes", defaultValue = "1073741824")
    long journalMaxBytes;

    @Inject
    @ConfigProperty(name = "opentvs.verification.journal.segment-bytes", defaultValue = "67108864")
    long journalSegmentBytes;

    @Inject
    @ConfigProperty(name = "opentvs.verification.journal.replay-interval-millis", defaultValue = "1000")
    long replayIntervalMillis;

    private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Object modeLock = new Object();
    private final Object replaySignal = new Object();
    private final AtomicLong journaled = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();
    private volatile Mode mode = Mode.DIRECT;
    private volatile boolean running;
    private volatile boolean startupReplayDone;
    /** The last append was refused (full, or the disk failed): not ready until one succeeds or the replay frees room. */
    private volatile boolean journalRefusing;
    private volatile long degradedSinceMillis;
    private volatile String lastReplay = "none";
    private VerificationJournal journal;
    private Thread writerThread;
    private Thread replayerThread;

    /**
     * Opens the journal, replays whatever a previous run left in it (before the server reports
     * ready), and starts the writer and the replayer. Called once at startup.
     */
    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            journal = new VerificationJournal(Path.of(journalDirectory).toAbsolutePath(), journalMaxBytes, journalSegmentBytes);
            if (!journal.isEmpty()) {
                mode = Mode.JOURNAL;
                degradedSinceMillis = System.currentTimeMillis();
                LOG.warning(() -> "Verification journal holds " + journal.depth() + " verification(s) from before; replaying them first");
            }
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "The verification journal " + journalDirectory + " cannot be opened; verifications need PostgreSQL", e);
            journal = null;
        }
        running = true;
        if (journal != null && !journal.isEmpty()) {
            try {
                drain();
            } catch (Exception e) {
                LOG.warning(() -> "Startup replay of the verification journal stopped (" + summary(e) + "); the replayer keeps trying");
            }
        }
        startupReplayDone = true;
        writerThread = threads.newThread(this::writeLoop);
        writerThread.setName("opentvs-verification-writer");
        writerThread.start();
        replayerThread = threads.newThread(this::replayLoop);
        replayerThread.setName("opentvs-verification-replayer");
        replayerThread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (writerThread != null) {
            writerThread.interrupt();
        }
        if (replayerThread != null) {
            replayerThread.interrupt();
        }
        try {
            if (writerThread != null) {
                writerThread.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Job left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(unavailable("The service is stopping; retry in a moment"));
        }
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                LOG.fine("journal close: " + e);
            }
        }
    }

    /** Writes the rows of one request durably (PostgreSQL, or the journal while it is unreachable), then returns. */
    public void write(List<PendingVerification> rows) {
        if (!running) {
            throw unavailable("The verification writer is not running yet; retry in a moment");
        }
        Job job = new Job(rows, new CompletableFuture<>());
        queue.add(job);
        try {
            job.done().get(answerTimeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("verification could not be recorded", e.getCause());
        } catch (TimeoutException e) {
            throw unavailable("The verification could not be recorded in time; retry");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("Interrupted; retry");
        }
    }

    private void writeLoop() {
        List<Job> jobs = new ArrayList<>();
        while (running) {
            try {
                Job first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                jobs.clear();
                jobs.add(first);
                int rows = first.rows().size();
                Job next;
                while (rows < groupMax && (next = queue.poll()) != null) {
                    jobs.add(next);
                    rows += next.rows().size();
                }
                process(jobs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "verification writer fault", e);
                for (Job j : jobs) {
                    j.done().completeExceptionally(e instanceof RuntimeException r ? r : new IllegalStateException(e));
                }
            }
        }
    }

    private void process(List<Job> jobs) {
        List<PendingVerification> all = new ArrayList<>();
        jobs.forEach(j -> all.addAll(j.rows()));
        List<VerificationRecorded> events = null;
        RuntimeException failure = null;
        synchronized (modeLock) {
            if (mode == Mode.DIRECT) {
                try {
                    events = events(all, writeToDatabase(all));
                } catch (Exception e) {
                    if (unreachable(e) && journal != null) {
                        enterJournalMode(e);
                    } else if (jobs.size() > 1 && !unreachable(e)) {
                        // one bad request must not fail the others: write each on its own
                        processOneByOne(jobs);
                        return;
                    } else {
                        failure = unreachable(e)
                                ? unavailable("The database is unreachable and no journal is configured; retry")
                                : new IllegalStateException("verification could not be recorded", e);
                    }
                }
            }
            if (events == null && failure == null) {
                failure = appendToJournal(all);
            }
        }
        finish(jobs, events, failure);
    }

    private void processOneByOne(List<Job> jobs) {
        for (Job job : jobs) {
            try {
                finish(List.of(job), events(job.rows(), writeToDatabase(job.rows())), null);
            } catch (Exception e) {
                if (unreachable(e) && journal != null) {
                    enterJournalMode(e);
                    finish(List.of(job), null, appendToJournal(job.rows()));
                } else {
                    finish(List.of(job), null, new IllegalStateException("verification could not be recorded", e));
                }
            }
        }
    }

    private void finish(List<Job> jobs, List<VerificationRecorded> events, RuntimeException failure) {
        if (events != null) {
            fire(events);
        }
        for (Job j : jobs) {
            if (failure == null) {
                j.done().complete(null);
            } else {
                j.done().completeExceptionally(failure);
            }
        }
    }

    /** @return null when the group is durable in the journal, else the refusal for its requests */
    private RuntimeException appendToJournal(List<PendingVerification> rows) {
        if (journal == null) {
            return unavailable("The database is unreachable and no journal is configured; retry");
        }
        List<byte[]> payloads = new ArrayList<>(rows.size());
        rows.forEach(r -> payloads.add(r.toBytes()));
        try {
            journal.append(payloads);
            journalRefusing = false;
            journaled.addAndGet(rows.size());
            synchronized (replaySignal) {
                replaySignal.notifyAll();
            }
            return null;
        } catch (VerificationJournal.FullException e) {
            if (!journalRefusing) {
                LOG.warning(() -> "Verification journal full (" + e.getMessage() + "): verifications refused with 503");
            }
            journalRefusing = true;
            return new Refusal(Refusal.Reason.UNAVAILABLE, "JOURNAL_FULL",
                    "The database is unreachable and the local journal is full; retry",
                    Map.of("retryAfterSeconds", 5));
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Verification journal cannot be written: verifications refused with 503", e);
            journalRefusing = true;
            return new Refusal(Refusal.Reason.UNAVAILABLE, "JOURNAL_UNAVAILABLE",
                    "The database is unreachable and the local journal cannot be written; retry",
                    Map.of("retryAfterSeconds", 5));
        }
    }

    private void enterJournalMode(Exception cause) {
        if (mode != Mode.JOURNAL) {
            mode = Mode.JOURNAL;
            degradedSinceMillis = System.currentTimeMillis();
            LOG.warning(() -> "PostgreSQL unreachable (" + summary(cause) + "): verifications are journaled in " + journal.directory());
        }
    }

    private Set<UUID> writeToDatabase(List<PendingVerification> rows) throws SQLException {
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

    private static List<VerificationRecorded> events(List<PendingVerification> rows, Set<UUID> inserted) {
        List<VerificationRecorded> events = new ArrayList<>(inserted.size());
        for (PendingVerification p : rows) {
            if (inserted.contains(p.id())) {
                events.add(p.event());
            }
        }
        return events;
    }

    /** Outside any transaction, so AFTER_SUCCESS observers run at once: each committed verification exactly once. */
    private void fire(List<VerificationRecorded> events) {
        for (VerificationRecorded e : events) {
            try {
                recorded.fire(e);
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "an observer of verification " + e.verificationId() + " failed", ex);
            }
        }
    }

    private void replayLoop() {
        while (running) {
            try {
                synchronized (replaySignal) {
                    replaySignal.wait(replayIntervalMillis);
                }
                if (mode == Mode.JOURNAL) {
                    drain();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (unreachable(e)) {
                    LOG.fine(() -> "journal replay waits for PostgreSQL: " + summary(e));
                } else {
                    LOG.log(Level.SEVERE, "journal replay failed; it is retried", e);
                }
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(replayIntervalMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Replays the journal into PostgreSQL in order until it is empty, then goes back to direct writes. */
    private void drain() throws Exception {
        long started = System.nanoTime();
        long count = 0;
        while (true) {
            List<VerificationJournal.Entry> entries = journal.peek(groupMax);
            if (entries.isEmpty()) {
                synchronized (modeLock) {
                    if (journal.isEmpty() && mode == Mode.JOURNAL) {
                        mode = Mode.DIRECT;
                        long n = count;
                        long millis = (System.nanoTime() - started) / 1_000_000;
                        lastReplay = n + " verification(s) in " + millis + " ms";
                        LOG.info(() -> "PostgreSQL reachable again: verification journal replayed (" + n + " in " + millis
                                + " ms this pass); writing directly");
                    }
                }
                return;
            }
            List<PendingVerification> rows = new ArrayList<>(entries.size());
            for (VerificationJournal.Entry e : entries) {
                try {
                    rows.add(PendingVerification.fromBytes(e.payload()));
                } catch (IllegalArgumentException bad) {
                    Path aside = journal.directory().resolve("unreadable-" + e.segment() + "-" + e.next() + ".bin");
                    Files.write(aside, e.payload());
                    LOG.severe(() -> "A journal entry could not be decoded; kept in " + aside.getFileName());
                }
            }
            Set<UUID> inserted = rows.isEmpty() ? Set.of() : writeToDatabase(rows);
            journal.acknowledge(entries);
            journalRefusing = false;
            replayed.addAndGet(entries.size());
            count += entries.size();
            fire(events(rows, inserted));
        }
    }

    /** PostgreSQL (or the way to it) is down, as opposed to a statement the database refused. */
    public static boolean unreachable(Throwable e) {
        return DatabaseFaults.unreachable(e);
    }

    private static String summary(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private static Refusal unavailable(String message) {
        return new Refusal(Refusal.Reason.UNAVAILABLE, "UNAVAILABLE", message, Map.of("retryAfterSeconds", 2));
    }

    public Mode mode() {
        return mode;
    }

    public boolean startupReplayDone() {
        return startupReplayDone;
    }

    /** Whether a verification can be answered durably right now (direct, or journal with room). */
    public boolean canRecord() {
        return running && (mode == Mode.DIRECT || journalHasRoom());
    }

    @Override
    public boolean canRecordWithoutDatabase() {
        return running && journalHasRoom();
    }

    private boolean journalHasRoom() {
        return journal != null && !journalRefusing && journal.bytes() < journal.maxBytes();
    }

    public boolean journalConfigured() {
        return journal != null;
    }

    @Gauge(name = "opentvs_verification_journal_depth", unit = MetricUnits.NONE, absolute = true, description = "Answered verifications in the local journal, not yet in PostgreSQL")
    public long journalDepth() {
        return journal == null ? 0 : journal.depth();
    }

    @Gauge(name = "opentvs_verification_journal_age", unit = MetricUnits.SECONDS, absolute = true, description = "Age of the oldest journaled verification not yet in PostgreSQL (0 when none)")
    public long journalAgeSeconds() {
        long oldest = journal == null ? 0 : journal.oldestMillis();
        return oldest == 0 ? 0 : Math.max(0, (System.currentTimeMillis() - oldest) / 1000);
    }

    @Gauge(name = "opentvs_verification_degraded", unit = MetricUnits.NONE, absolute = true, description = "1 while verifications are journaled because PostgreSQL is unreachable")
    public int degraded() {
        return mode == Mode.JOURNAL ? 1 : 0;
    }

    public long journalBytes() {
        return journal == null ? 0 : journal.bytes();
    }

    public long journalMaxBytes() {
        return journal == null ? 0 : journal.maxBytes();
    }

    public long degradedSinceMillis() {
        return mode == Mode.JOURNAL ? degradedSinceMillis : 0;
    }

    public long journaledTotal() {
        return journaled.get();
    }

    public long replayedTotal() {
        return replayed.get();
    }

    public String lastReplay() {
        return lastReplay;
    }
}
