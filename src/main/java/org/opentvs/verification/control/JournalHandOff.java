package org.opentvs.verification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.platform.control.Refusal;
import org.opentvs.verification.control.VerificationWriter.Mode;

/**
 * The verification writer's degraded mode: whether groups go to PostgreSQL ({@link Mode#DIRECT}) or
 * to the local {@link VerificationJournal} ({@link Mode#JOURNAL}), the journal itself (opened from
 * {@code opentvs.verification.journal.*}), the append of a group PostgreSQL could not take (one
 * fsync, or the 503 refusal when the journal is full or cannot be written), and what readiness and
 * the metrics report of it. {@link #lock()} serialises a group's write-or-append against the
 * replay's switch back to direct writes. One instance, owned by the {@link VerificationWriter} and
 * handed to its group commit and replay (a dependent bean: not proxied, no lifecycle of its own).
 */
@Dependent
public class JournalHandOff {

    /** The writer's logger, as before these parts were split out of it. */
    private static final Logger LOG = Logger.getLogger(VerificationWriter.class.getName());

    @Inject
    @ConfigProperty(name = "opentvs.verification.journal.directory", defaultValue = "opentvs-journal")
    String journalDirectory;

    @Inject
    @ConfigProperty(name = "opentvs.verification.journal.max-bytes", defaultValue = "1073741824")
    long journalMaxBytes;

    @Inject
    @ConfigProperty(name = "opentvs.verification.journal.segment-bytes", defaultValue = "67108864")
    long journalSegmentBytes;

    private final Object modeLock = new Object();
    private final Object replaySignal = new Object();
    private final AtomicLong journaled = new AtomicLong();
    private volatile Mode mode = Mode.DIRECT;
    /** The last append was refused (full, or the disk failed): not ready until one succeeds or the replay frees room. */
    private volatile boolean journalRefusing;
    private volatile long degradedSinceMillis;
    private VerificationJournal journal;

    /** Opens the journal; one a previous run left entries in starts in journal mode. Without it, verifications need PostgreSQL. */
    void open() {
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
    }

    /** @return null when the group is durable in the journal, else the refusal for its requests */
    RuntimeException append(List<PendingVerification> rows) {
        if (journal == null) {
            return WriteFaults.unavailable("The database is unreachable and no journal is configured; retry");
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
                    "The database is unreachable and the local journal cannot be written; retry", Map.of("retryAfterSeconds", 5));
        }
    }

    void enterJournalMode(Exception cause) {
        if (mode != Mode.JOURNAL) {
            mode = Mode.JOURNAL;
            degradedSinceMillis = System.currentTimeMillis();
            LOG.warning(() -> "PostgreSQL unreachable (" + WriteFaults.summary(cause) + "): verifications are journaled in "
                    + journal.directory());
        }
    }

    /** Back to direct writes once the replay has emptied the journal; called holding {@link #lock()}. @return whether it switched */
    boolean directAgainIfEmpty() {
        if (journal.isEmpty() && mode == Mode.JOURNAL) {
            mode = Mode.DIRECT;
            return true;
        }
        return false;
    }

    /** The replay moved entries into PostgreSQL: a journal that refused appends takes them again. */
    void acknowledged() {
        journalRefusing = false;
    }

    /** Waits until a group is appended, at most {@code millis}. */
    void awaitAppend(long millis) throws InterruptedException {
        synchronized (replaySignal) {
            replaySignal.wait(millis);
        }
    }

    /** The monitor under which a group is written or journaled, and the mode switched back. */
    Object lock() {
        return modeLock;
    }

    Mode mode() {
        return mode;
    }

    VerificationJournal journal() {
        return journal;
    }

    boolean configured() {
        return journal != null;
    }

    boolean holdsEntries() {
        return journal != null && !journal.isEmpty();
    }

    boolean hasRoom() {
        return journal != null && !journalRefusing && journal.bytes() < journal.maxBytes();
    }

    long depth() {
        return journal == null ? 0 : journal.depth();
    }

    long oldestMillis() {
        return journal == null ? 0 : journal.oldestMillis();
    }

    long bytes() {
        return journal == null ? 0 : journal.bytes();
    }

    long maxBytes() {
        return journal == null ? 0 : journal.maxBytes();
    }

    long degradedSinceMillis() {
        return degradedSinceMillis;
    }

    long journaledTotal() {
        return journaled.get();
    }

    void close() {
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                LOG.fine("journal close: " + e);
            }
        }
    }
}
