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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opentvs.retention.control.PurgeClock;
import org.opentvs.retention.control.RetentionPolicies;
import org.opentvs.retention.entity.PurgeCategory;

/**
 * Reads the next chunk of expired keys of its partition's category, in key order after the last
 * chunk (the checkpoint), locking them and skipping rows others hold. {@code pauseMillis} throttles
 * the purge between chunks to leave the database to verification.
 */
@Named("expiredRowsReader")
@Dependent
public class ExpiredRowsReader extends AbstractItemReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    RetentionPolicies policies;

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

    private PurgeCategory purging;
    private Instant cutoff;
    private String after;
    private int keys;
    private long pause;

    @Override
    public void open(Serializable checkpoint) {
        Optional<PurgeCategory> known = RetentionPolicies.known(category);
        Instant reference = PurgeClock.asOf(asOf, job.getExecutionId());
        cutoff = known.flatMap(c -> policies.cutoff(c, reference)).orElse(null);
        purging = cutoff == null ? null : known.get();
        int rows = RetentionPartitions.parse(chunkRows, 5000);
        if (rows < 1 || rows > 100_000) {
            throw new IllegalArgumentException("job parameter chunkRows must be between 1 and 100000");
        }
        keys = purging == null ? 0 : purging.keysPerChunk(rows);
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
        @SuppressWarnings("unchecked")
        List<String> expired = em.createNativeQuery(purging.select()).setParameter(1, after)
                .setParameter(2, Timestamp.from(cutoff)).setParameter(3, keys).getResultList();
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
