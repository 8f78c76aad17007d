package org.opentvs.retention.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opentvs.platform.control.PurgeRule;
import org.opentvs.retention.control.PurgeClock;
import org.opentvs.retention.control.PurgeRules;
import org.opentvs.retention.control.RetentionPolicies;

/**
 * Reads the next chunk of expired keys of its partition's category, in key order after the last
 * chunk (the checkpoint), asking the category's owner ({@link PurgeRule}) to lock them and skip rows
 * others hold. {@code pauseMillis} throttles the purge between chunks to leave the database to
 * verification.
 */
@Named("expiredRowsReader")
@Dependent
public class ExpiredRowsReader extends AbstractItemReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    RetentionPolicies policies;

    @Inject
    PurgeRules rules;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String category;

    @Inject
    @BatchProperty
    String chunkRows;

    @Inject
    @BatchProperty
    String pauseMillis;

    @Inject
    @BatchProperty
    String asOf;

    private PurgeRule purging;
    private Instant cutoff;
    private String after;
    private int keys;
    private long pause;

    @Override
    public void open(Serializable checkpoint) {
        Optional<PurgeRule> known = rules.named(category);
        Instant reference = PurgeClock.asOf(asOf, job.getExecutionId());
        cutoff = known.flatMap(r -> policies.cutoff(r.category(), reference)).orElse(null);
        purging = cutoff == null ? null : known.get();
        int rows = RetentionPartitions.parse(chunkRows, 5000);
        if (rows < 1 || rows > 100_000) {
            throw new IllegalArgumentException("job parameter chunkRows must be between 1 and 100000");
        }
        keys = purging == null ? 0 : Math.max(1, rows / purging.rowsPerKey());
        pause = Math.max(0, RetentionPartitions.parse(pauseMillis, 0));
        after = checkpoint != null ? (String) checkpoint : purging == null ? null : purging.beforeFirstKey();
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (purging == null) {
            return null;
        }
        if (pause > 0) {
            Thread.sleep(pause);
        }
        // a chunk's plan is a cheap index walk; JIT compiling it (high row estimates) costs more than it runs
        em.createNativeQuery("select set_config('jit', 'off', true)").getSingleResult();
        List<String> expired = purging.lockExpired(after, cutoff, keys);
        if (expired.isEmpty()) {
            return null;
        }
        after = expired.get(expired.size() - 1);
        return new ExpiredChunk(purging, cutoff, expired);
    }

    @Override
    public Serializable checkpointInfo() {
        return after;
    }
}
