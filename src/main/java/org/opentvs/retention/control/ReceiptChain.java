package org.opentvs.retention.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.opentvs.platform.control.Sha256;
import org.opentvs.retention.entity.DeletionReceipt;

/**
 * The hash chain of deletion receipts. A receipt's hash is SHA-256 over its canonical text
 * {@code id|runId|category|deleted|firstKey|lastKey|cutoff|deletedAt|prevHash} (instants as ISO-8601
 * UTC with microseconds at most, as PostgreSQL keeps them); ids run 1, 2, 3 … without gaps, and each
 * receipt names the hash of the one before (the first names {@link #GENESIS}). Verifying walks the
 * receipts in id order; the first one whose id, link or hash does not fit is the first broken one.
 * Given the newest head the audit trail anchored, the walk must also reach that receipt with that
 * hash: receipts removed from the end of the chain (or the whole chain) are a break at the first
 * missing id ({@link #truncated()}).
 */
public final class ReceiptChain {

    public static final String GENESIS = "0".repeat(64);

    private long expectedId = 1;
    private String expectedPrev = GENESIS;
    private long count;
    private Long firstBroken;
    private final DeletionReceipt.Anchor anchor;
    private boolean anchorSeen;
    private boolean truncated;

    public ReceiptChain() {
        this(null);
    }

    public ReceiptChain(DeletionReceipt.Anchor anchor) {
        this.anchor = anchor;
    }

    /** A new receipt that follows {@code previous} (null for the first one). */
    public static DeletionReceipt next(DeletionReceipt previous, long runId, String category, int deleted,
            String firstKey, String lastKey, Instant cutoff, Instant deletedAt) {
        long id = previous == null ? 1 : previous.id() + 1;
        String prev = previous == null ? GENESIS : previous.hash();
        Instant c = micros(cutoff);
        Instant at = micros(deletedAt);
        String hash = hash(id, runId, category, deleted, firstKey, lastKey, c, at, prev);
        return new DeletionReceipt(id, runId, category, deleted, firstKey, lastKey, c, at, prev, hash);
    }

    public static String hash(long id, long runId, String category, int deleted, String firstKey, String lastKey,
            Instant cutoff, Instant deletedAt, String prevHash) {
        String canonical = id + "|" + runId + "|" + category + "|" + deleted + "|" + firstKey + "|" + lastKey + "|"
                + micros(cutoff) + "|" + micros(deletedAt) + "|" + prevHash;
        return Sha256.hex(canonical);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Checks the next receipt of the walk. */
    public void accept(DeletionReceipt r) {
        count++;
        if (firstBroken != null) {
            return;
        }
        String recomputed = hash(r.id(), r.runId(), r.category(), r.deleted(), r.firstKey(), r.lastKey(), r.cutoff(),
                r.deletedAt(), r.prevHash());
        if (r.id() != expectedId || !r.prevHash().equals(expectedPrev) || !recomputed.equals(r.hash())) {
            firstBroken = r.id();
            return;
        }
        if (anchor != null && r.id() == anchor.id()) {
            if (!r.hash().equals(anchor.hash())) {
                firstBroken = r.id();
                return;
            }
            anchorSeen = true;
        }
        expectedId = r.id() + 1;
        expectedPrev = r.hash();
    }

    /** Ends the walk: an anchored head the walk did not reach means receipts are missing from the end. */
    public ReceiptChain finish() {
        if (firstBroken == null && anchor != null && !anchorSeen) {
            firstBroken = expectedId;
            truncated = true;
        }
        return this;
    }

    /** Whether the break is receipts missing after the last one present. */
    public boolean truncated() {
        return truncated;
    }

    /** The last receipt of the unbroken walk: id (0 when there is none) and hash. */
    public long headId() {
        return expectedId - 1;
    }

    public String headHash() {
        return expectedPrev;
    }

    public boolean valid() {
        return firstBroken == null;
    }

    public long count() {
        return count;
    }

    /** The id of the first receipt that breaks the chain, or null when it is unbroken. */
    public Long firstBroken() {
        return firstBroken;
    }
}
