package org.opentvs.retention.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.retention.control.ReceiptChain;
import org.opentvs.retention.control.RetentionPolicies;
import org.opentvs.retention.entity.DeletionReceipt;

/** The replies of the retention resource: the JSON the hand-built JSON-P wrote, field for field. */
class RetentionRepliesTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final String GENESIS = "0".repeat(64);

    @Test
    void aPolicyShowsWhoChangedItWhen() {
        RetentionPolicies.Policy p = new RetentionPolicies.Policy("crossing", "P5Y", true, "Crossing records", Instant.parse(
                "2026-01-02T03:04:05.678Z"), "admin");
        assertEquals("[{\"category\":\"crossing\",\"period\":\"P5Y\",\"enabled\":true,\"description\":\"Crossing records\","
                + "\"changedAt\":\"2026-01-02T03:04:05.678Z\",\"changedBy\":\"admin\"}]", JSONB.toJson(List.of(PolicyReply.of(p))));
    }

    @Test
    void aReceiptShowsItsRangeTimesAndHashes() {
        DeletionReceipt r = new DeletionReceipt(3, 9, "crossing", 500, "k1", "k500", Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2026-01-02T03:04:05.123456Z"), GENESIS, "ab12");
        assertEquals("{\"id\":3,\"runId\":9,\"category\":\"crossing\",\"deleted\":500,\"firstKey\":\"k1\",\"lastKey\":\"k500\","
                + "\"cutoff\":\"2021-01-01T00:00:00Z\",\"deletedAt\":\"2026-01-02T03:04:05.123456Z\",\"prevHash\":\"" + GENESIS + "\","
                + "\"hash\":\"ab12\"}", JSONB.toJson(ReceiptReply.of(r)));
    }

    @Test
    void anUnanchoredEmptyChainIsValidWithNullsForWhatItLacks() {
        assertEquals("{\"valid\":true,\"receipts\":0,\"truncated\":false,\"head\":{\"id\":0,\"hash\":\"" + GENESIS + "\"},"
                + "\"anchoredHead\":null,\"firstBroken\":null}", JSONB.toJson(ChainVerification.of(new ReceiptChain(null).finish(), null)));
    }

    @Test
    void aChainShortOfItsAnchorIsTruncated() {
        DeletionReceipt.Anchor anchor = new DeletionReceipt.Anchor(5, "cd34");
        assertEquals("{\"valid\":false,\"receipts\":0,\"truncated\":true,\"head\":{\"id\":0,\"hash\":\"" + GENESIS + "\"},"
                + "\"anchoredHead\":{\"id\":5,\"hash\":\"cd34\"},\"firstBroken\":1}",
                JSONB.toJson(ChainVerification.of(new ReceiptChain(anchor).finish(), anchor)));
    }
}
