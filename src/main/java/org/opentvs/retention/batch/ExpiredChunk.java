package org.opentvs.retention.batch;

import java.time.Instant;
import java.util.List;
import org.opentvs.platform.control.PurgeRule;

/** One chunk of expired keys of a category, locked by the reader, deleted by the writer in the same transaction. */
public record ExpiredChunk(PurgeRule rule, Instant cutoff, List<String> keys) {

    public String firstKey() {
        return keys.get(0);
    }

    public String lastKey() {
        return keys.get(keys.size() - 1);
    }
}
