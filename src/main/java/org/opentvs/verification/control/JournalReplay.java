package org.opentvs.verification.control;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.platform.control.DatabaseFaults;
import org.opentvs.verification.control.VerificationWriter.Mode;

/**
 * The replay of the verification journal into PostgreSQL. One thread
 * ({@code opentvs-verification-replayer}) wakes on every append, or every
 * {@code opentvs.verification.journal.replay-interval-millis}, and while the {@link JournalHandOff}
 * is in journal mode drains the journal in order, {@code opentvs.verification.group-max} entries
 * at a time, each group in one {@link GroupTransaction} and acknowledged after its commit, exactly
 * once (rows keyed by the verification id); it fires the events of the rows that were new and
 * switches back to direct writes once the journal is empty. The writer also drains it once at
 * startup, in its own thread, before the writer and the replayer start.
 */
@Dependent
public class JournalReplay {

    /** The writer's logger, as before these parts were split out of it. */
    private static final Logger LOG = Logger.getLogger(VerificationWriter.class.getName());

    @Inject
    GroupTransaction database;

    @Inject
    @ConfigProperty(name = "opentvs.verification.group-max", defaultValue = "256")
    int groupMax;

    @Inject
    @ConfigProperty(name = "opentvs.verification.journal.replay-interval-millis", defaultValue = "1000")
    long replayIntervalMillis;

    private final AtomicLong replayed = new AtomicLong();
    private volatile String lastReplay = "none";
    private JournalHandOff handOff;
    private BooleanSupplier running;
    private Thread replayerThread;

    /** Takes the writer's journal hand-off and its running flag; called once, before anything else. */
    void wire(JournalHandOff handOff, BooleanSupplier running) {
        this.handOff = handOff;
        this.running = running;
    }

    void start(ManagedThreadFactory threads) {
        replayerThread = threads.newThread(this::replayLoop);
        replayerThread.setName("opentvs-verification-replayer");
        replayerThread.start();
    }

    void interrupt() {
        if (replayerThread != null) {
            replayerThread.interrupt();
        }
    }

    private void replayLoop() {
        while (running.getAsBoolean()) {
            try {
                handOff.awaitAppend(replayIntervalMillis);
                if (handOff.mode() == Mode.JOURNAL) {
                    drain();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (DatabaseFaults.unreachable(e)) {
                    LOG.fine(() -> "journal replay waits for PostgreSQL: " + WriteFaults.summary(e));
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
    void drain() throws Exception {
        VerificationJournal journal = handOff.journal();
        long started = System.nanoTime();
        long count = 0;
        while (true) {
            List<VerificationJournal.Entry> entries = journal.peek(groupMax);
            if (entries.isEmpty()) {
                synchronized (handOff.lock()) {
                    if (handOff.directAgainIfEmpty()) {
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
            Set<UUID> inserted = rows.isEmpty() ? Set.of() : database.write(rows);
            journal.acknowledge(entries);
            handOff.acknowledged();
            replayed.addAndGet(entries.size());
            count += entries.size();
            database.fire(GroupTransaction.events(rows, inserted));
        }
    }

    long replayedTotal() {
        return replayed.get();
    }

    String lastReplay() {
        return lastReplay;
    }
}
