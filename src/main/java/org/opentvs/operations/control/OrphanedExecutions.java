package org.opentvs.operations.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opentvs.security.control.AuditTrail;

/**
 * Executions whose node died under them ({@code kill -9}, a lost machine): the job repository still
 * says {@code STARTED} and always would, and the batch runtime refuses to restart them. An execution
 * is orphaned when it runs on no live node: it is not running in this JVM, and its claim's node is a
 * process of this host that no longer exists, or the claim's heartbeats stopped
 * ({@code opentvs.jobs.stale-seconds}), or it has no claim and started longer ago than that.
 * {@link #fail} marks it {@code FAILED} in the repository (the job, its steps and its partitions),
 * in {@code job_run}, gives up its claim and writes the audit record (actor {@code recovery}, action
 * {@code FAIL}), in one transaction that only one node wins.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrphanedExecutions {

    /** What {@link #fail} writes as the exit status. */
    public static final String NODE_LOST = "NODE_LOST";

    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @PersistenceContext
    EntityManager em;

    @Inject
    JobCatalog catalog;

    @Inject
    AuditTrail trail;

    public record Orphan(long executionId, String job, String holder) {
    }

    /** The orphaned executions, {@code local} being those running in this JVM. */
    public List<Orphan> find(Collection<Long> local) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.execution_id, r.job, l.holder, extract(epoch from now() - l.heartbeat_at),"
                + " extract(epoch from now() - r.started_at) from job_run r left join job_lock l on l.execution_id = r.execution_id"
                + " where r.batch_status in " + RUNNING).getResultList();
        long stale = catalog.staleSeconds();
        List<Orphan> orphans = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String holder = (String) row[2];
            if (local.contains(id)) {
                continue;
            }
            boolean lost = holder == null
                    ? ((Number) row[4]).doubleValue() > stale
                    : ((Number) row[3]).doubleValue() > stale || Nodes.deadOnThisHost(holder);
            if (lost && stillRunningInRepository(id)) {
                orphans.add(new Orphan(id, (String) row[1], holder));
            }
        }
        return orphans;
    }

    /** Marks the orphan failed; false when another node did it first or it ended meanwhile. */
    public boolean fail(Orphan orphan) {
        long id = orphan.executionId();
        int runs = em.createNativeQuery("update job_run set batch_status = 'FAILED', exit_status = ?, ended_at = now()"
                + " where execution_id = ? and batch_status in " + RUNNING).setParameter(1, NODE_LOST).setParameter(2, id).executeUpdate();
        if (runs == 0) {
            return false;
        }
        // the execution and its partitions' executions (instances named ':<execution>:<step>:<partition>')
        String executions = "select e.jobexecid from jbatchexecutioninstancedata e join jbatchjobinstancedata i using (jobinstanceid)"
                + " where (e.jobexecid = ?1 or i.name like ':' || ?1 || ':%') and e.batchstatus in " + RUNNING;
        em.createNativeQuery("update jbatchstepexecutioninstancedata set batchstatus = 'FAILED', exitstatus = ?2, endtime = localtimestamp"
                + " where batchstatus in " + RUNNING + " and jobexecid in (" + executions + ")")
                .setParameter(1, id).setParameter(2, NODE_LOST).executeUpdate();
        em.createNativeQuery("update jbatchexecutioninstancedata set batchstatus = 'FAILED', exitstatus = ?2, endtime = localtimestamp,"
                + " updatetime = localtimestamp where jobexecid in (" + executions + ")")
                .setParameter(1, id).setParameter(2, NODE_LOST).executeUpdate();
        em.createNativeQuery("delete from job_lock where job = ? and (execution_id = ? or holder = ?)")
                .setParameter(1, orphan.job()).setParameter(2, id).setParameter(3, orphan.holder() == null ? "" : orphan.holder())
                .executeUpdate();
        // in the same transaction: a takeover is never without its audit record, nor an audit record without it
        trail.record("recovery", "FAIL", "job", id, "job=" + orphan.job() + " node lost: " + node(orphan));
        return true;
    }

    /** The host/pid part of the claim's holder ({@code uuid@host/pid}), or "unknown". */
    public static String node(Orphan orphan) {
        return orphan.holder() == null ? "unknown" : orphan.holder().substring(orphan.holder().lastIndexOf('@') + 1);
    }

    private static boolean stillRunningInRepository(long executionId) {
        try {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus();
            return status == null || JobLocks.RUNNING.contains(status);
        } catch (RuntimeException gone) {
            return false;
        }
    }
}
