package org.opentvs.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opentvs.operations.control.CronSchedule;
import org.opentvs.operations.control.JobCatalog;
import org.opentvs.operations.control.JobLocks;
import org.opentvs.operations.control.JobRuns;
import org.opentvs.operations.control.LocalExecutions;
import org.opentvs.platform.boundary.ApiException;

/**
 * Starts jobs on their configured schedules ({@code opentvs.jobs.<job>.schedule}, read at every
 * tick), keeps this node's claims alive and brings {@code job_run} in line with the job repository.
 * Each firing is started by one node only ({@code job_schedule_slot}), and never while the job runs.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    private static final long TICK_MILLIS = 10_000;

    @Resource
    TimerService timers;

    @Inject
    JobCatalog catalog;

    @Inject
    JobLauncher launcher;

    @Inject
    JobLocks locks;

    @Inject
    JobRuns runs;

    @Inject
    LocalExecutions local;

    private final Map<String, Instant> checkedUntil = new HashMap<>();
    private final Map<String, String> refused = new HashMap<>();
    private Instant startedAt;

    @PostConstruct
    void schedule() {
        startedAt = Instant.now();
        timers.createIntervalTimer(TICK_MILLIS, TICK_MILLIS, new TimerConfig("job-scheduler", false));
    }

    @Timeout
    void tick() {
        try {
            locks.heartbeat(local.snapshot());
            runs.sync();
            Instant now = Instant.now();
            for (String job : catalog.names()) {
                fireIfDue(job, now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job scheduler tick failed; the next tick tries again", e);
        }
    }

    private void fireIfDue(String job, Instant now) {
        Instant since = checkedUntil.getOrDefault(job, startedAt);
        checkedUntil.put(job, now);
        Optional<String> text = catalog.scheduleText(job);
        if (text.isEmpty()) {
            return;
        }
        CronSchedule cron;
        try {
            cron = CronSchedule.parse(text.get());
            refused.remove(job);
        } catch (IllegalArgumentException e) {
            if (!text.get().equals(refused.put(job, text.get()))) {
                LOG.warning(() -> "Schedule of job " + job + " is ignored: " + e.getMessage());
            }
            return;
        }
        Optional<ZonedDateTime> due = cron.next(since.atZone(catalog.zone()));
        if (due.isEmpty() || due.get().toInstant().isAfter(now)) {
            return;
        }
        Instant slot = due.get().toInstant();
        if (!locks.claimSlot(job, slot, JobLauncher.node())) {
            return;
        }
        try {
            launcher.start(job, Map.of("trigger", "schedule", "scheduledFor", slot.toString()), "scheduler");
        } catch (ApiException e) {
            LOG.warning(() -> "Scheduled run of job " + job + " at " + slot + " skipped: " + e.getMessage());
        }
    }
}
