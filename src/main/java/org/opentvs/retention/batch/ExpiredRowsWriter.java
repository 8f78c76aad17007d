package org.opentvs.retention.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.opentvs.operations.control.JobSummary;
import org.opentvs.platform.control.Clock;
import org.opentvs.retention.control.Receipts;

/**
 * Deletes a chunk of expired keys and records its deletion receipt in the same short transaction;
 * the chunk's count also goes into the run's {@code job_run.summary} under its category.
 */
@Named("expiredRowsWriter")
@Dependent
public class ExpiredRowsWriter extends AbstractItemWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Receipts receipts;

    @Inject
    JobSummary summary;

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            ExpiredChunk chunk = (ExpiredChunk) item;
            receipts.lockChain();
            if (chunk.category().auditTrail()) {
                em.createNativeQuery("select set_config('opentvs.retention_purge', 'on', true)").getSingleResult();
            }
            int deleted = -1;
            for (String statement : chunk.category().deletes()) {
                int rows = em.createNativeQuery(statement).setParameter(1, chunk.keyArray()).executeUpdate();
                deleted = deleted < 0 ? rows : deleted;
            }
            receipts.append(job.getExecutionId(), chunk.category().name(), deleted, chunk.firstKey(), chunk.lastKey(),
                    chunk.cutoff(), clock.now());
            summary.add(job.getExecutionId(), chunk.category().name(), deleted);
        }
    }
}
