package org.opentvs.operations.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Properties;

/**
 * The shared {@code job_run} table: one row per execution, written when it is started, when it
 * runs and when it ends, and brought in line with the job repository (the batch runtime's own
 * final status) by {@link #sync()}. Each call in its own short transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    @PersistenceContext
    EntityManager em;

    public void record(long executionId, String job, BatchStatus status, Properties parameters) {
        em.createNativeQuery("insert into job_run (execution_id, job, started_at, batch_status, parameters)"
                + " values (?, ?, now(), ?, cast(? as jsonb)) on conflict (execution_id) do update set batch_status ="
                + " case when job_run.batch_status = 'STARTING' then excluded.batch_status else job_run.batch_status end")
                .setParameter(1, executionId).setParameter(2, job).setParameter(3, status.name())
                .setParameter(4, JobJson.properties(parameters).toString()).executeUpdate();
    }

    public void ended(long executionId, BatchStatus status, String exitStatus, String stepsJson) {
        em.createNativeQuery("update job_run set ended_at = coalesce(ended_at, now()), batch_status = ?, exit_status = ?,"
                + " summary = summary || jsonb_build_object('steps', cast(? as jsonb)) where execution_id = ?")
                .setParameter(1, status.name()).setParameter(2, exitStatus).setParameter(3, stepsJson)
                .setParameter(4, executionId).executeUpdate();
    }

    /** Copies the repository's status of recent or unfinished executions into {@code job_run}. */
    public void sync() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select execution_id, batch_status, exit_status from job_run"
                + " where batch_status in ('STARTING', 'STARTED', 'STOPPING') or ended_at > now() - interval '10 minutes'")
                .getResultList();
        JobOperator operator = BatchRuntime.getJobOperator();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            JobExecution execution;
            try {
                execution = operator.getJobExecution(id);
            } catch (RuntimeException gone) {
                continue;
            }
            BatchStatus status = execution.getBatchStatus();
            if (JobLocks.RUNNING.contains(status) || status == null) {
                continue;
            }
            if (!status.name().equals(row[1]) || !String.valueOf(execution.getExitStatus()).equals(row[2])) {
                em.createNativeQuery("update job_run set batch_status = ?, exit_status = ?, ended_at = coalesce(?, ended_at, now())"
                        + " where execution_id = ?").setParameter(1, status.name()).setParameter(2, execution.getExitStatus())
                        .setParameter(3, execution.getEndTime() == null ? null : new java.sql.Timestamp(execution.getEndTime().getTime()))
                        .setParameter(4, id).executeUpdate();
            }
        }
    }
}
