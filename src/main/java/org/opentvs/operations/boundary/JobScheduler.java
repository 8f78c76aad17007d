package org.opentvs.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opentvs.operations.control.JobLocks;
import org.opentvs.operations.control.JobRuns;
import org.opentvs.operations.control.LocalExecutions;
import org.opentvs.platform.boundary.ApiException;

/**
 * Starts jobs on their schedules with the container's calendar timers ({@link JobTimers} keeps one
 * per scheduled job in line with the configuration). Every {@value #TICK_MILLIS} ms it also keeps
 * this node's claims alive, takes over the executions of nodes that died ({@link JobRecovery}) and
 * brings {@code job_run} in line with the job repository. On a
 * cluster every node's timer fires; the firing is started by one node only
 * ({@code job_schedule_slot}), and never while the job runs ({@code job_lock}).
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    static final long TICK_MILLIS = 10_000;
    private static final String TICK = "job-housekeeping";

    @Resource
    TimerService timers;

    @Inject
    JobTimers calendar;

    @Inject
    JobLauncher launcher;

    @Inject
    JobLocks locks;

    @Inject
    JobRuns runs;

    @Inject
    LocalExecutions local;

    @Inject
    JobRecovery recovery;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(TICK_MILLIS, TICK_MILLIS, new TimerConfig(TICK, false));
    }

    @Timeout
    void timeout(Timer timer) {
        try {
            if (TICK.equals(timer.getInfo())) {
                tick();
            } else {
                calendar.firing(timer).ifPresent(firing -> fire(firing.job(), firing.slot()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job scheduler timeout failed; the next one tries again", e);
        }
    }

    private void tick() {
        locks.heartbeat(local.snapshot());
        recovery.recover(local.snapshot());
        runs.sync();
        calendar.align(timers);
    }

    private void fire(String job, Instant slot) {
        if (!locks.claimSlot(job, slot, JobLauncher.node())) {
            return;
        }
        try {
            launcher.start(job, Map.of("trigger", "schedule", "scheduledFor", slot.truncatedTo(ChronoUnit.SECONDS).toString()),
                    "scheduler");
        } catch (ApiException e) {
            LOG.warning(() -> "Scheduled run of job " + job + " at " + slot + " skipped: " + e.getMessage());
        }
    }
}
