package org.opentvs.verification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.opentvs.platform.control.DatabaseFaults;
import org.opentvs.platform.control.DegradedWrites;
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
 * <p>
 * This bean starts and stops the parts, answers the requests and reports the state: the batching
 * thread is {@link GroupCommit}, the transaction {@link GroupTransaction}, the journal mode
 * {@link JournalHandOff} and the replay {@link JournalReplay} (dependent beans it owns and wires).
 */
@ApplicationScoped
public class VerificationWriter implements DegradedWrites {

    private static final Logger LOG = Logger.getLogger(VerificationWriter.class.getName());

    public enum Mode { DIRECT, JOURNAL }

    @Resource
    ManagedThreadFactory threads;

    @Inject
    GroupCommit groupCommit;

    @Inject
    JournalHandOff handOff;

    @Inject
    JournalReplay replay;

    @Inject
    @ConfigProperty(name = "opentvs.verification.answer-timeout-seconds", defaultValue = "20")
    int answerTimeoutSeconds;

    private volatile boolean running;
    private volatile boolean startupReplayDone;

    /** The group commit and the replay share this bean's journal hand-off and running flag. */
    @PostConstruct
    void wire() {
        groupCommit.wire(handOff, () -> running);
        replay.wire(handOff, () -> running);
    }

    /**
     * Opens the journal, replays whatever a previous run left in it (before the server reports
     * ready), and starts the writer and the replayer. Called once at startup.
     */
    public synchronized void start() {
        if (running) {
            return;
        }
        handOff.open();
        running = true;
        if (handOff.holdsEntries()) {
            try {
                replay.drain();
            } catch (Exception e) {
                LOG.warning(() -> "Startup replay of the verification journal stopped (" + WriteFaults.summary(e)
                        + "); the replayer keeps trying");
            }
        }
        startupReplayDone = true;
        groupCommit.start(threads);
        replay.start(threads);
    }

    @PreDestroy
    void stop() {
        running = false;
        groupCommit.interrupt();
        replay.interrupt();
        groupCommit.awaitStop();
        handOff.close();
    }

    /** Writes the rows of one request durably (PostgreSQL, or the journal while it is unreachable), then returns. */
    public void write(List<PendingVerification> rows) {
        if (!running) {
            throw WriteFaults.unavailable("The verification writer is not running yet; retry in a moment");
        }
        CompletableFuture<Void> done = groupCommit.submit(rows);
        try {
            done.get(answerTimeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("verification could not be recorded", e.getCause());
        } catch (TimeoutException e) {
            throw WriteFaults.unavailable("The verification could not be recorded in time; retry");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WriteFaults.unavailable("Interrupted; retry");
        }
    }

    /** PostgreSQL (or the way to it) is down, as opposed to a statement the database refused. */
    public static boolean unreachable(Throwable e) {
        return DatabaseFaults.unreachable(e);
    }

    public Mode mode() {
        return handOff.mode();
    }

    public boolean startupReplayDone() {
        return startupReplayDone;
    }

    /** Whether a verification can be answered durably right now (direct, or journal with room). */
    public boolean canRecord() {
        return running && (handOff.mode() == Mode.DIRECT || handOff.hasRoom());
    }

    @Override
    public boolean canRecordWithoutDatabase() {
        return running && handOff.hasRoom();
    }

    public boolean journalConfigured() {
        return handOff.configured();
    }

    @Gauge(name = "opentvs_verification_journal_depth", unit = MetricUnits.NONE, absolute = true, description = "Answered verifications in the local journal, not yet in PostgreSQL")
    public long journalDepth() {
        return handOff.depth();
    }

    @Gauge(name = "opentvs_verification_journal_age", unit = MetricUnits.SECONDS, absolute = true, description = "Age of the oldest journaled verification not yet in PostgreSQL (0 when none)")
    public long journalAgeSeconds() {
        long oldest = handOff.oldestMillis();
        return oldest == 0 ? 0 : Math.max(0, (System.currentTimeMillis() - oldest) / 1000);
    }

    @Gauge(name = "opentvs_verification_degraded", unit = MetricUnits.NONE, absolute = true, description = "1 while verifications are journaled because PostgreSQL is unreachable")
    public int degraded() {
        return handOff.mode() == Mode.JOURNAL ? 1 : 0;
    }

    public long journalBytes() {
        return handOff.bytes();
    }

    public long journalMaxBytes() {
        return handOff.maxBytes();
    }

    public long degradedSinceMillis() {
        return handOff.mode() == Mode.JOURNAL ? handOff.degradedSinceMillis() : 0;
    }

    public long journaledTotal() {
        return handOff.journaledTotal();
    }

    public long replayedTotal() {
        return replay.replayedTotal();
    }

    public String lastReplay() {
        return replay.lastReplay();
    }
}
