package org.opentvs.reconciliation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayRangesTest {

    private static final LocalDate D = LocalDate.of(2026, 1, 1);

    @Test
    void coversEveryDayOnceInContiguousRanges() {
        List<DayRanges.Range> ranges = DayRanges.split(D, D.plusDays(59), 4);
        assertEquals(4, ranges.size());
        assertEquals(D, ranges.get(0).from());
        for (int i = 1; i < ranges.size(); i++) {
            assertEquals(ranges.get(i - 1).to(), ranges.get(i).from());
        }
        assertEquals(D.plusDays(60), ranges.get(3).to());
    }

    @Test
    void unevenAndShortSpans() {
        List<DayRanges.Range> seven = DayRanges.split(D, D.plusDays(6), 3);
        assertEquals(3, seven.size());
        assertEquals(D.plusDays(7), seven.get(2).to());
        assertEquals(List.of(new DayRanges.Range(D, D.plusDays(1))), DayRanges.split(D, D, 8));
        assertEquals(2, DayRanges.split(D, D.plusDays(1), 8).size());
    }
}
