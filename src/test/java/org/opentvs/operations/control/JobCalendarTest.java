package org.opentvs.operations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobCalendarTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static List<String> fields(ScheduleExpression e) {
        return List.of(e.getSecond(), e.getMinute(), e.getHour(), e.getDayOfMonth(), e.getMonth(), e.getDayOfWeek(), e.getTimezone());
    }

    @Test
    void theDefaultSchedulesMapFieldByField() {
        assertEquals(List.of("0", "30", "2", "*", "*", "*", "UTC"), fields(JobCalendar.expression("0 30 2 * * *", UTC)));
        assertEquals(List.of("0", "0", "1", "*", "*", "*", "UTC"), fields(JobCalendar.expression(" 0  0 1 * * * ", UTC)));
    }

    @Test
    void fiveFieldsMeanSecondZeroAndTheZoneIsKept() {
        assertEquals(List.of("0", "15", "3", "1-15", "*", "1-5", "Europe/Berlin"),
                fields(JobCalendar.expression("15 3 1-15 * 1-5", ZoneId.of("Europe/Berlin"))));
    }

    @Test
    void stepsBecomeTheValuesTheyStandFor() {
        ScheduleExpression e = JobCalendar.expression("*/15 5/20 0-6/3 */10 1-12/6 0,6", UTC);
        assertEquals(List.of("0,15,30,45", "5,25,45", "0,3,6", "1,11,21,31", "1,7", "0,6", "UTC"), fields(e));
    }

    @Test
    void listsRangesAndSundayAsSevenPassThrough() {
        assertEquals(List.of("0", "0,30", "8-18", "1,15", "*", "7", "UTC"), fields(JobCalendar.expression("0 0,30 8-18 1,15 * 7", UTC)));
    }

    @Test
    void malformedSchedulesAreRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobCalendar.expression("0 0 1 * *  * 2026", UTC))
                .getMessage().contains("needs 6 fields"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobCalendar.expression("  ", UTC))
                .getMessage().contains("required"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobCalendar.expression("*/0 * * * * *", UTC))
                .getMessage().startsWith("second step '0'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobCalendar.expression("0 */x * * * *", UTC))
                .getMessage().startsWith("minute step 'x'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobCalendar.expression("0 0 20-4/2 * * *", UTC))
                .getMessage().startsWith("hour step '4'"));
    }
}
