package org.opentvs.operations.boundary;

import jakarta.ejb.NoMoreTimeoutsException;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.opentvs.operations.control.JobCalendar;
import org.opentvs.operations.control.JobCatalog;

/**
 * The calendar timers of the scheduled jobs, one non-persistent timer per job built from
 * {@code opentvs.jobs.<job>.schedule} and {@code opentvs.jobs.zone}. {@link #align} runs at every
 * scheduler tick: a timer whose configuration changed is replaced, one whose job is now {@code off}
 * is cancelled, so a changed schedule applies without a restart. Used by {@link JobScheduler} only,
 * under its lock.
 */
@ApplicationScoped
public class JobTimers {

    private static final Logger LOG = Logger.getLogger(JobTimers.class.getName());
    private static final String PREFIX = "schedule:";

    /** A firing to start: the job and the instant its schedule named. */
    public record Firing(String job, Instant slot) {
    }

    private record Armed(String text, ZoneId zone, Timer timer, Instant next) {
    }

    @Inject
    JobCatalog catalog;

    private final Map<String, Armed> armed = new HashMap<>();
    private final Map<String, String> refused = new HashMap<>();

    void align(TimerService timers) {
        ZoneId zone = catalog.zone();
        for (String job : catalog.names()) {
            Optional<String> text = catalog.scheduleText(job);
            Armed current = armed.get(job);
            if (current != null && text.isPresent() && current.text().equals(text.get()) && current.zone().equals(zone)) {
                continue;
            }
            if (current != null) {
                cancel(current.timer());
                armed.remove(job);
                LOG.info(() -> "Schedule of job " + job + " changed from '" + current.text() + "'");
            }
            text.ifPresent(t -> arm(timers, job, t, zone));
        }
    }

    private void arm(TimerService timers, String job, String text, ZoneId zone) {
        String key = text + " " + zone;
        if (key.equals(refused.get(job))) {
            return;
        }
        try {
            Timer timer = timers.createCalendarTimer(JobCalendar.expression(text, zone), new TimerConfig(PREFIX + job, false));
            Instant next = next(timer);
            armed.put(job, new Armed(text, zone, timer, next));
            refused.remove(job);
            LOG.info(() -> "Job " + job + " scheduled '" + text + "' (" + zone + "), next run " + (next == null ? "never" : next));
        } catch (RuntimeException e) {
            // IllegalArgumentException from us or from the container (a value out of range)
            refused.put(job, key);
            LOG.warning(() -> "Schedule of job " + job + " is ignored: " + e.getMessage());
        }
    }

    /**
     * The firing a calendar timer stands for, or empty for a timer that is no longer armed. The slot
     * is the scheduled instant, the same on every node however late the timer fires.
     */
    Optional<Firing> firing(Timer timer) {
        if (!(timer.getInfo() instanceof String info) || !info.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String job = info.substring(PREFIX.length());
        Armed current = armed.get(job);
        if (current == null || !current.timer().equals(timer)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Instant reported = next(timer);
        if (reported != null && !reported.isAfter(now)) {
            return Optional.of(new Firing(job, reported));
        }
        armed.put(job, new Armed(current.text(), current.zone(), timer, reported));
        return Optional.of(new Firing(job, current.next() != null ? current.next() : now));
    }

    private static Instant next(Timer timer) {
        try {
            return timer.getNextTimeout().toInstant();
        } catch (NoMoreTimeoutsException | NoSuchObjectLocalException e) {
            return null;
        }
    }

    private static void cancel(Timer timer) {
        try {
            timer.cancel();
        } catch (NoSuchObjectLocalException e) {
            // already gone
        }
    }
}
