package org.opentvs.retention.entity;

import java.time.Instant;

/** The record of one deleted chunk: what, how many, which key range, cutoff, when, by which run; chained by hash. */
public record DeletionReceipt(long id, long runId, String category, int deleted, String firstKey, String lastKey,
        Instant cutoff, Instant deletedAt, String prevHash, String hash) {

    /** The head of the chain as the audit trail recorded it when the receipt was written. */
    public record Anchor(long id, String hash) {
    }
}
