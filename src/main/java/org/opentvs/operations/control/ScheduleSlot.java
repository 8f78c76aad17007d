package org.opentvs.operations.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which firing of a schedule falls due in a scheduler tick: the first one after the previous tick
 * (or the node's start) that is not later than now. A tick that comes late still fires a missed
 * firing once; several missed firings of one tick fire once (the job never runs twice at once anyway).
 */
public final class ScheduleSlot {

    private ScheduleSlot() {
    }

    public static Optional<Instant> due(CronSchedule cron, Instant since, Instant now, ZoneId zone) {
        return cron.next(since.atZone(zone)).map(t -> t.toInstant()).filter(slot -> !slot.isAfter(now));
    }
}
