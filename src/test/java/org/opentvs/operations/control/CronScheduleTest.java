package org.opentvs.operations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    private static ZonedDateTime at(String iso) {
        return ZonedDateTime.parse(iso).withZoneSameInstant(ZoneOffset.UTC);
    }

    private static String next(String cron, String after) {
        return CronSchedule.parse(cron).next(at(after)).orElseThrow().toInstant().toString();
    }

    @Test
    void nightlyAtHalfPastTwo() {
        assertEquals("2026-12-01T02:30:00Z", next("0 30 2 * * *", "2026-11-30T02:30:00Z"));
        assertEquals("2026-11-30T02:30:00Z", next("0 30 2 * * *", "2026-11-30T02:29:59Z"));
        assertEquals("2026-11-30T02:30:00Z", next("0 30 2 * * *", "2026-11-29T23:00:00Z"));
    }

    @Test
    void fiveFieldsMeanSecondZero() {
        assertEquals("2026-11-30T01:00:00Z", next("0 1 * * *", "2026-11-29T01:00:00Z"));
    }

    @Test
    void stepsRangesAndLists() {
        assertEquals("2026-11-30T10:00:15Z", next("*/15 * * * * *", "2026-11-30T10:00:00Z"));
        assertEquals("2026-11-30T10:20:00Z", next("0 5,20 10-11 * * *", "2026-11-30T10:05:00Z"));
        assertEquals("2026-11-30T11:05:00Z", next("0 5,20 10-11 * * *", "2026-11-30T10:20:00Z"));
        assertEquals("2026-12-01T10:05:00Z", next("0 5,20 10-11 * * *", "2026-11-30T11:20:00Z"));
    }

    @Test
    void weekdaysAndMonthEnds() {
        // 2026-11-30 is a Monday; Sunday is 0 or 7
        assertEquals("2026-12-06T03:00:00Z", next("0 0 3 * * 0", "2026-11-30T00:00:00Z"));
        assertEquals("2026-12-06T03:00:00Z", next("0 0 3 * * 7", "2026-11-30T00:00:00Z"));
        assertEquals("2027-01-31T00:00:00Z", next("0 0 0 31 * *", "2026-12-31T00:00:00Z"));
        assertEquals("2028-02-29T00:00:00Z", next("0 0 0 29 2 *", "2026-03-01T00:00:00Z"));
    }

    @Test
    void bothDayFieldsRestrictedMeansEither() {
        // the 15th (a Tuesday in Dec 2026) or any Friday: Friday 4 Dec comes first
        assertEquals("2026-12-04T00:00:00Z", next("0 0 0 15 * 5", "2026-11-30T12:00:00Z"));
    }

    @Test
    void impossibleDatesNeverFire() {
        assertTrue(CronSchedule.parse("0 0 0 31 2 *").next(at("2026-01-01T00:00:00Z")).isEmpty());
    }

    @Test
    void malformedSchedulesAreRefusedWithTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 61 2 * * *")).getMessage().contains("minute"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 30 2 * *x *")).getMessage().contains("month"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("nightly")).getMessage().contains("6 fields"));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 0 5-2 * * *"));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 0 */0 * * *"));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse(" "));
    }
}
