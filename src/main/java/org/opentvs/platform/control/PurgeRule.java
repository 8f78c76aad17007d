package org.opentvs.platform.control;

import java.time.Instant;
import java.util.List;

/**
 * What expires of one retention category, published by the context that owns its tables: a CDI bean
 * in that context's control package, the only code that reads and deletes those rows. The retention
 * purge finds every rule ({@code @Any Instance<PurgeRule>}) and keeps what is its own: the periods,
 * the clock, the key-range chunks, the receipts. Here rather than in retention, because the owners
 * include security (the audit trail), which retention depends on. Both methods join the caller's
 * transaction, one chunk's.
 */
public interface PurgeRule {

    /** The key before every random UUID: where a UUID-keyed category's first chunk starts. */
    String NO_UUID = "00000000-0000-0000-0000-000000000000";

    /** The category as {@code retention_policy}, the receipts, the API and the job summary name it. */
    String category();

    /** The key before every key of this category: the first chunk starts after it. */
    default String beforeFirstKey() {
        return NO_UUID;
    }

    /** The rows one key stands for (a gallery for its members), so a chunk of n rows takes n / rowsPerKey keys. */
    default int rowsPerKey() {
        return 1;
    }

    /**
     * Up to {@code limit} expired keys after {@code after}, in key order, locked until the transaction
     * ends; rows others hold are skipped, never waited for (the next run takes them).
     */
    List<String> lockExpired(String after, Instant cutoff, int limit);

    /** Deletes what the keys locked in this transaction stand for; the count of rows the receipt records. */
    int delete(List<String> keys);

    /** Keys as a PostgreSQL array literal ({@code cast(? as uuid[])}): uuids and numbers need no quoting. */
    static String array(List<String> keys) {
        return "{" + String.join(",", keys) + "}";
    }
}
