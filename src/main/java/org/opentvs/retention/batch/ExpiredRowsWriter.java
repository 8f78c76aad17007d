package org.opentvs.retention.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opentvs.operations.control.JobSummary;
import org.opentvs.platform.control.Clock;
import org.opentvs.retention.control.Receipts;

/**
 * Has the category's owner delete a chunk of expired keys and records its deletion receipt in the
 * same short transaction; the chunk's count also goes into the run's {@code job_run.summary} under
 * its category.
 */
@Named("expiredRowsWriter")
@Dependent
public class ExpiredRowsWriter extends AbstractItemWriter {

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
            int deleted = chunk.rule().delete(chunk.keys());
            String category = chunk.rule().category();
            receipts.append(job.getExecutionId(), category, deleted, chunk.firstKey(), chunk.lastKey(), chunk.cutoff(), clock.now());
            summary.add(job.getExecutionId(), category, deleted);
        }
    }
}
