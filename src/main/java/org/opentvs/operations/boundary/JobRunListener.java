package org.opentvs.operations.boundary;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.opentvs.operations.control.JobLocks;
import org.opentvs.operations.control.JobRuns;
import org.opentvs.operations.control.LocalExecutions;

/**
 * The reusable job listener: a job that lists {@code <listener ref="jobRunListener"/>} gets its
 * {@code job_run} row (start, end, status, parameters, step counts) and releases its claim on the
 * job when it ends, whatever the outcome.
 */
@Named("jobRunListener")
@Dependent
public class JobRunListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(JobRunListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    JobRuns runs;

    @Inject
    JobLocks locks;

    @Inject
    LocalExecutions local;

    @Override
    public void beforeJob() {
        long id = job.getExecutionId();
        local.add(id);
        runs.record(id, job.getJobName(), BatchStatus.STARTED, BatchRuntime.getJobOperator().getParameters(id));
        LOG.info(() -> "Job " + job.getJobName() + " execution " + id + " started");
    }

    @Override
    public void afterJob() {
        long id = job.getExecutionId();
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            var stepExecutions = operator.getStepExecutions(id);
            String steps = StepReply.stored(stepExecutions);
            BatchStatus seen = stepExecutions.stream().map(s -> s.getBatchStatus()).filter(s -> s == BatchStatus.FAILED
                    || s == BatchStatus.STOPPED).findFirst().orElse(job.getBatchStatus());
            BatchStatus status = switch (seen) {
                case STOPPING, STOPPED -> BatchStatus.STOPPED;
                case FAILED -> BatchStatus.FAILED;
                case ABANDONED -> BatchStatus.ABANDONED;
                default -> BatchStatus.COMPLETED;
            };
            String exit = job.getExitStatus() == null ? status.name() : job.getExitStatus();
            runs.ended(id, status, exit, steps);
            LOG.info(() -> "Job " + job.getJobName() + " execution " + id + " ended " + status);
        } finally {
            locks.release(job.getJobName(), id);
            local.remove(id);
        }
    }
}
