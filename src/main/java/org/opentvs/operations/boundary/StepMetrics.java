package org.opentvs.operations.boundary;

import jakarta.batch.runtime.Metric;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A step's counts: items read, written, commits, skips (read, process and write together), rollbacks, filtered. */
@JsonbPropertyOrder({"read", "write", "commit", "skip", "rollback", "filter"})
public record StepMetrics(long read, long write, long commit, long skip, long rollback, long filter) {

    static StepMetrics of(Metric[] metrics) {
        long read = 0;
        long write = 0;
        long commit = 0;
        long skip = 0;
        long rollback = 0;
        long filter = 0;
        for (Metric m : metrics == null ? new Metric[0] : metrics) {
            switch (m.getType()) {
                case READ_COUNT -> read = m.getValue();
                case WRITE_COUNT -> write = m.getValue();
                case COMMIT_COUNT -> commit = m.getValue();
                case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skip += m.getValue();
                case ROLLBACK_COUNT -> rollback = m.getValue();
                case FILTER_COUNT -> filter = m.getValue();
                default -> {}
            }
        }
        return new StepMetrics(read, write, commit, skip, rollback, filter);
    }
}
