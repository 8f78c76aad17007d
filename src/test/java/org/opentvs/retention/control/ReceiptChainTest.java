package org.opentvs.retention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.retention.entity.DeletionReceipt;

class ReceiptChainTest {

    private static final Instant CUTOFF = Instant.parse("2026-11-17T02:30:00.123456789Z");

    private static List<DeletionReceipt> chain(int n) {
        List<DeletionReceipt> receipts = new ArrayList<>();
        DeletionReceipt previous = null;
        for (int i = 0; i < n; i++) {
            previous = ReceiptChain.next(previous, 7, "LIVE_CAPTURE", 5000, "k" + i, "k" + i + "z", CUTOFF,
                    CUTOFF.plusSeconds(1209600 + i));
            receipts.add(previous);
        }
        return receipts;
    }

    private static ReceiptChain verify(List<DeletionReceipt> receipts) {
        ReceiptChain walk = new ReceiptChain();
        receipts.forEach(walk::accept);
        return walk;
    }

    @Test
    void anUntouchedChainVerifies() {
        List<DeletionReceipt> receipts = chain(5);
        assertEquals(ReceiptChain.GENESIS, receipts.get(0).prevHash());
        assertEquals(receipts.get(0).hash(), receipts.get(1).prevHash());
        assertEquals(64, receipts.get(4).hash().length());
        ReceiptChain walk = verify(receipts);
        assertTrue(walk.valid());
        assertEquals(5, walk.count());
        assertNull(walk.firstBroken());
        assertTrue(verify(List.of()).valid(), "no receipts is an unbroken chain");
    }

    @Test
    void instantsAreHashedAtTheDatabasesPrecision() {
        DeletionReceipt r = chain(1).get(0);
        assertEquals(Instant.parse("2026-11-17T02:30:00.123456Z"), r.cutoff());
        assertEquals(r.hash(), ReceiptChain.hash(1, 7, "LIVE_CAPTURE", 5000, "k0", "k0z",
                Instant.parse("2026-11-17T02:30:00.123456Z"), r.deletedAt(), ReceiptChain.GENESIS));
    }

    @Test
    void anAlteredCountBreaksTheChainAtThatReceipt() {
        List<DeletionReceipt> receipts = chain(5);
        DeletionReceipt r = receipts.get(2);
        receipts.set(2, new DeletionReceipt(r.id(), r.runId(), r.category(), r.deleted() - 1, r.firstKey(), r.lastKey(),
                r.cutoff(), r.deletedAt(), r.prevHash(), r.hash()));
        ReceiptChain walk = verify(receipts);
        assertFalse(walk.valid());
        assertEquals(3L, walk.firstBroken());
        assertEquals(5, walk.count());
    }

    @Test
    void aRehashedReceiptBreaksTheLinkOfTheNextOne() {
        List<DeletionReceipt> receipts = chain(4);
        DeletionReceipt r = receipts.get(1);
        String forged = ReceiptChain.hash(r.id(), r.runId(), r.category(), 1, r.firstKey(), r.lastKey(), r.cutoff(),
                r.deletedAt(), r.prevHash());
        assertNotEquals(r.hash(), forged);
        receipts.set(1, new DeletionReceipt(r.id(), r.runId(), r.category(), 1, r.firstKey(), r.lastKey(), r.cutoff(),
                r.deletedAt(), r.prevHash(), forged));
        assertEquals(3L, verify(receipts).firstBroken());
    }

    @Test
    void aRemovedReceiptIsAGap() {
        List<DeletionReceipt> receipts = chain(4);
        receipts.remove(1);
        assertEquals(3L, verify(receipts).firstBroken());
        List<DeletionReceipt> withoutFirst = chain(3);
        withoutFirst.remove(0);
        assertEquals(2L, verify(withoutFirst).firstBroken());
    }

    private static ReceiptChain verify(List<DeletionReceipt> receipts, DeletionReceipt.Anchor anchor) {
        ReceiptChain walk = new ReceiptChain(anchor);
        receipts.forEach(walk::accept);
        return walk.finish();
    }

    @Test
    void receiptsCutFromTheEndAreFoundByTheAnchoredHead() {
        List<DeletionReceipt> receipts = chain(5);
        DeletionReceipt.Anchor head = new DeletionReceipt.Anchor(5, receipts.get(4).hash());
        ReceiptChain whole = verify(receipts, head);
        assertTrue(whole.valid());
        assertFalse(whole.truncated());
        assertEquals(5, whole.headId());
        assertEquals(receipts.get(4).hash(), whole.headHash());

        ReceiptChain cut = verify(receipts.subList(0, 3), head);
        assertFalse(cut.valid());
        assertTrue(cut.truncated());
        assertEquals(4L, cut.firstBroken(), "the first missing receipt");
        assertEquals(3, cut.headId());

        ReceiptChain emptied = verify(List.of(), head);
        assertFalse(emptied.valid(), "a removed chain is not an empty one");
        assertEquals(1L, emptied.firstBroken());
    }

    @Test
    void aRewrittenChainDoesNotMatchTheAnchoredHash() {
        List<DeletionReceipt> receipts = chain(5);
        List<DeletionReceipt> rewritten = new ArrayList<>(receipts.subList(0, 4));
        rewritten.add(ReceiptChain.next(receipts.get(3), 7, "LIVE_CAPTURE", 1, "k4", "k4z", CUTOFF, CUTOFF.plusSeconds(5)));
        ReceiptChain walk = verify(rewritten, new DeletionReceipt.Anchor(5, receipts.get(4).hash()));
        assertFalse(walk.valid());
        assertFalse(walk.truncated());
        assertEquals(5L, walk.firstBroken());
        assertTrue(verify(receipts, new DeletionReceipt.Anchor(3, receipts.get(2).hash())).valid(), "an older anchor is passed on the way");
    }
}
