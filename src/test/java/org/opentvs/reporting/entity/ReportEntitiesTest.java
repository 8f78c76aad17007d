package org.opentvs.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportEntitiesTest {

    @Test
    void segmentRatesAreCappedAndSummed() {
        SegmentRow a = SegmentRow.empty(List.of("SFO")).withFlights(2, 200, 160, 157, 180, 150, 20).withCaptures(190, 25, 3, 4);
        SegmentRow b = SegmentRow.empty(List.of("JFK")).withFlights(1, 100, 80, 78, 90, 70, 9).withCaptures(95, 10, 1, 2);
        SegmentRow all = a.plus(b);
        assertEquals(new Proportion(240, 300), all.capture());
        assertEquals(new Proportion(235, 240), all.match());
        assertEquals(new Proportion(220, 270), all.confirmation());
        assertEquals(35, all.noMatches());
        assertEquals("SFO", a.label());
        assertEquals("SFO · 1 · A5", SegmentRow.empty(List.of("SFO", "1", "A5")).label());
        assertEquals("SFO · A5", SegmentRow.empty(List.of("SFO", "", "A5")).label(), "a blank terminal is left out");
    }

    @Test
    void drillDownGoesAirportTerminalGateFlight() {
        assertEquals(Segment.TERMINAL, Segment.PORT.drillDown());
        assertEquals(Segment.GATE, Segment.TERMINAL.drillDown());
        assertEquals(Segment.FLIGHT, Segment.GATE.drillDown());
        assertEquals(Segment.FLIGHT, Segment.AIRLINE.drillDown());
        assertNull(Segment.FLIGHT.drillDown());
        assertEquals(Segment.PORT, Segment.parse("nonsense", Segment.PORT));
        assertEquals(Segment.GATE, Segment.parse("gate", Segment.PORT));
    }

    @Test
    void filterConditionsAreBoundNeverConcatenated() {
        ReportFilter f = new ReportFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "SFO", null, "A5'; drop table x", null,
                null, null, null, null, Set.of("SFO"));
        SqlWhere w = new SqlWhere().and("hour >= ?", f.startUtc());
        f.segmentConditions(w, Set.of("port", "gate"));
        assertEquals(" where hour >= ? and port = ? and gate = ? and port = any(?)", w.sql());
        assertEquals("A5'; drop table x", w.params().get(2));
        assertEquals(4, w.params().size(), "the caller's ports are one array parameter, not spread into several");
        assertArrayEquals(new String[]{"SFO"}, (String[]) w.params().get(3));
        assertEquals(LocalDate.of(2026, 2, 1), f.endUtc().toLocalDate(), "the last day is included");
        assertThrows(IllegalArgumentException.class, () -> ReportFilter.period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void demographicGroupsWarnWhenTooSmallOrNotAttributed() {
        assertEquals("Sample too small to compare (n = 12)", new DemographicRow("80+", 12, 11, 10, true).warning());
        assertEquals("", new DemographicRow("30-44", 400, 380, 370, true).warning());
        DemographicRow us = new DemographicRow("US citizen", 500, 0, 0, false);
        assertTrue(us.warning().contains("not attributed"));
        assertTrue(!us.match().defined());
    }
}
