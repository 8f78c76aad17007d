package org.opentvs.retention.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.opentvs.retention.entity.DeletionReceipt;

/** One deletion receipt as {@code GET /admin/retention/receipts} lists it. */
@JsonbPropertyOrder({"id", "runId", "category", "deleted", "firstKey", "lastKey", "cutoff", "deletedAt", "prevHash", "hash"})
public record ReceiptReply(long id, long runId, String category, int deleted, String firstKey, String lastKey, Instant cutoff,
        Instant deletedAt, String prevHash, String hash) {

    static ReceiptReply of(DeletionReceipt r) {
        return new ReceiptReply(r.id(), r.runId(), r.category(), r.deleted(), r.firstKey(), r.lastKey(), r.cutoff(), r.deletedAt(),
                r.prevHash(), r.hash());
    }
}
