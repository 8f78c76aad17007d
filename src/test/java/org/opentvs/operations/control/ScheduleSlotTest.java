package org.opentvs.operations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleSlotTest {

    private static final CronSchedule NIGHTLY = CronSchedule.parse("0 30 2 * * *");

    @Test
    void aTickThatCrossesTheFiringTimeFiresThatSlot() {
        assertEquals(Instant.parse("2026-12-01T02:30:00Z"), ScheduleSlot.due(NIGHTLY, Instant.parse("2026-12-01T02:29:55Z"),
                Instant.parse("2026-12-01T02:30:05Z"), ZoneOffset.UTC).orElseThrow());
    }

    @Test
    void ticksBeforeOrAfterTheFiringFireNothing() {
        assertTrue(ScheduleSlot.due(NIGHTLY, Instant.parse("2026-12-01T02:29:40Z"), Instant.parse("2026-12-01T02:29:50Z"),
                ZoneOffset.UTC).isEmpty());
        assertTrue(ScheduleSlot.due(NIGHTLY, Instant.parse("2026-12-01T02:30:00Z"), Instant.parse("2026-12-01T02:30:10Z"),
                ZoneOffset.UTC).isEmpty(), "the slot at the previous tick's instant was that tick's");
    }

    @Test
    void aLateTickStillFiresTheMissedSlotOnce() {
        assertEquals(Instant.parse("2026-12-01T02:30:00Z"), ScheduleSlot.due(NIGHTLY, Instant.parse("2026-12-01T02:00:00Z"),
                Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC).orElseThrow());
    }

    @Test
    void schedulesAreReadInTheirZone() {
        assertEquals(Instant.parse("2026-12-01T07:30:00Z"), ScheduleSlot.due(NIGHTLY, Instant.parse("2026-12-01T07:00:00Z"),
                Instant.parse("2026-12-01T07:30:01Z"), ZoneId.of("America/New_York")).orElseThrow());
    }
}
