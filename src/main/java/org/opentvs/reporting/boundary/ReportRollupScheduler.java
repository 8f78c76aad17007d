package org.opentvs.reporting.boundary;

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
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.platform.control.Clock;
import org.opentvs.reporting.control.Rollups;

/** Rolls the report summaries forward on a timer, a bounded window per transaction until caught up. */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportRollupScheduler {

    private static final Logger LOG = Logger.getLogger(ReportRollupScheduler.class.getName());
    private static final Duration WINDOW = Duration.ofDays(7);

    @Resource
    TimerService timers;

    @Inject
    ReportRollup rollup;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "opentvs.reporting.rollup-seconds", defaultValue = "60")
    long seconds;

    @Inject
    @ConfigProperty(name = "opentvs.reporting.rollup-safety-minutes", defaultValue = "10")
    long safetyMinutes;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, seconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("report-rollup", false));
    }

    @Timeout
    void rollForward() {
        try {
            for (int step = 0; step < 200; step++) {
                Instant started = clock.now();
                Rollups.Result r = rollup.catchUp(Duration.ofMinutes(safetyMinutes), WINDOW);
                // a step that reached the present is done until the next tick; only a step cut short by
                // the window (a backlog of days) goes on at once, so live traffic is rolled once a tick
                if (!r.to().isBefore(started)) {
                    return;
                }
                LOG.info(() -> "Report summaries caught up to " + r.to());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Report rollup failed; the next run retries from the same mark", e);
        }
    }
}
