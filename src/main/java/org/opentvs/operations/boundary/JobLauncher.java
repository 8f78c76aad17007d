package org.opentvs.operations.boundary;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opentvs.operations.control.JobAudit;
import org.opentvs.operations.control.JobCatalog;
import org.opentvs.operations.control.JobLocks;
import org.opentvs.operations.control.JobRuns;
import org.opentvs.platform.boundary.ApiException;

/**
 * Starts, restarts and stops jobs for the API, the portal and the scheduler alike: a job runs once
 * at a time across the cluster (claim in {@code job_lock} before the batch runtime is asked).
 */
@ApplicationScoped
public class JobLauncher {

    private static final Logger LOG = Logger.getLogger(JobLauncher.class.getName());

    @Inject
    JobCatalog catalog;

    @Inject
    JobLocks locks;

    @Inject
    JobRuns runs;

    @Inject
    JobAudit audit;

    public long start(String job, Map<String, String> parameters, String actor) {
        requireJob(job);
        Properties properties = new Properties();
        properties.putAll(parameters);
        String holder = claim(job);
        long id;
        try {
            id = operator().start(job, properties);
        } catch (RuntimeException e) {
            locks.abandon(job, holder);
            LOG.log(Level.WARNING, "Job " + job + " could not be started", e);
            throw new ApiException(500, "JOB_NOT_STARTED", "The batch runtime refused to start job " + job, null);
        }
        started(job, holder, id, properties, actor, "START", null);
        return id;
    }

    public long restart(String job, long executionId, Map<String, String> overrides, String actor) {
        JobExecution previous = execution(job, executionId);
        Properties properties = new Properties();
        if (previous.getJobParameters() != null) {
            properties.putAll(previous.getJobParameters());
        }
        properties.putAll(overrides);
        String holder = claim(job);
        long id;
        try {
            id = operator().restart(executionId, properties);
        } catch (JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException | JobRestartException e) {
            locks.abandon(job, holder);
            throw new ApiException(409, "NOT_RESTARTABLE", "Execution " + executionId + " cannot be restarted: it is "
                    + previous.getBatchStatus() + " or not the most recent execution of its instance", null);
        } catch (RuntimeException e) {
            locks.abandon(job, holder);
            LOG.log(Level.WARNING, "Job " + job + " execution " + executionId + " could not be restarted", e);
            throw new ApiException(500, "JOB_NOT_STARTED", "The batch runtime refused to restart execution " + executionId, null);
        }
        started(job, holder, id, properties, actor, "RESTART", "of=" + executionId);
        return id;
    }

    public void stop(String job, long executionId, String actor) {
        execution(job, executionId);
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new ApiException(409, "NOT_RUNNING", "Execution " + executionId + " is not running", null);
        }
        audit.record(actor, "STOP", job, executionId, null);
    }

    /** The execution, which must belong to {@code job}; 404 otherwise. */
    public JobExecution execution(String job, long executionId) {
        requireJob(job);
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            if (execution == null || !job.equals(execution.getJobName())) {
                throw ApiException.notFound("Execution " + executionId + " of job " + job);
            }
            return execution;
        } catch (NoSuchJobExecutionException e) {
            throw ApiException.notFound("Execution " + executionId + " of job " + job);
        }
    }

    public void requireJob(String job) {
        if (!catalog.exists(job)) {
            throw ApiException.notFound("Job " + job);
        }
    }

    private String claim(String job) {
        String holder = UUID.randomUUID() + "@" + node();
        if (!locks.claim(job, holder)) {
            throw new ApiException(409, "JOB_RUNNING", "Job " + job + " is already running; it never runs twice at once", null);
        }
        return holder;
    }

    private void started(String job, String holder, long id, Properties properties, String actor, String action, String detail) {
        locks.attach(job, holder, id);
        runs.record(id, job, BatchStatus.STARTING, properties);
        audit.record(actor, action, job, id, detail);
        LOG.info(() -> "Job " + job + " execution " + id + " " + action.toLowerCase() + "ed by " + actor);
    }

    static String node() {
        return org.opentvs.operations.control.Nodes.self();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
