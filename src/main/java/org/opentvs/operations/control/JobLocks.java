package org.opentvs.operations.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The cluster-wide claim of a job by one execution ({@code job_lock}), each call in its own short
 * transaction. A claim is taken over when its execution is no longer running in the job repository,
 * when it never got an execution within the stale period, or when its node stopped its heartbeats.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLocks {

    static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @PersistenceContext
    EntityManager em;

    @Inject
    JobCatalog catalog;

    /** True when {@code holder} now owns the job; false when another execution is running it. */
    public boolean claim(String job, String holder) {
        int inserted = em.createNativeQuery("insert into job_lock (job, execution_id, holder, acquired_at, heartbeat_at)"
                + " values (?, null, ?, now(), now()) on conflict (job) do nothing")
                .setParameter(1, job).setParameter(2, holder).executeUpdate();
        if (inserted == 1) {
            return true;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select execution_id, extract(epoch from now() - acquired_at),"
                + " extract(epoch from now() - heartbeat_at) from job_lock where job = ? for update")
                .setParameter(1, job).getResultList();
        if (!rows.isEmpty() && !stale(rows.get(0))) {
            return false;
        }
        em.createNativeQuery("insert into job_lock (job, execution_id, holder, acquired_at, heartbeat_at) values (?, null, ?, now(), now())"
                + " on conflict (job) do update set execution_id = null, holder = excluded.holder, acquired_at = now(), heartbeat_at = now()")
                .setParameter(1, job).setParameter(2, holder).executeUpdate();
        return true;
    }

    private boolean stale(Object[] row) {
        long staleSeconds = catalog.staleSeconds();
        if (((Number) row[2]).doubleValue() > staleSeconds) {
            return true;
        }
        if (row[0] == null) {
            return ((Number) row[1]).doubleValue() > staleSeconds;
        }
        long executionId = ((Number) row[0]).longValue();
        try {
            return !RUNNING.contains(BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus());
        } catch (RuntimeException gone) {
            return true;
        }
    }

    public void attach(String job, String holder, long executionId) {
        em.createNativeQuery("update job_lock set execution_id = ?, heartbeat_at = now() where job = ? and holder = ?")
                .setParameter(1, executionId).setParameter(2, job).setParameter(3, holder).executeUpdate();
    }

    /** Gives up a claim whose start failed. */
    public void abandon(String job, String holder) {
        em.createNativeQuery("delete from job_lock where job = ? and holder = ?")
                .setParameter(1, job).setParameter(2, holder).executeUpdate();
    }

    /** Releases the claim of an execution that has ended. */
    public void release(String job, long executionId) {
        em.createNativeQuery("delete from job_lock where job = ? and execution_id = ?")
                .setParameter(1, job).setParameter(2, executionId).executeUpdate();
    }

    public void heartbeat(List<Long> executionIds) {
        if (!executionIds.isEmpty()) {
            em.createNativeQuery("update job_lock set heartbeat_at = now() where execution_id = any(cast(? as bigint[]))")
                    .setParameter(1, "{" + String.join(",", executionIds.stream().map(String::valueOf).toList()) + "}")
                    .executeUpdate();
        }
    }

    /** Records that the scheduled firing {@code slot} of a job is being started; false if another node did. */
    public boolean claimSlot(String job, java.time.Instant slot, String node) {
        return em.createNativeQuery("insert into job_schedule_slot (job, slot, fired_by) values (?, ?, ?) on conflict do nothing")
                .setParameter(1, job).setParameter(2, java.sql.Timestamp.from(slot)).setParameter(3, node).executeUpdate() == 1;
    }
}
