package org.opentvs.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExceptionQueriesTest {

    @Test
    void jobSummariesReadAsCounts() {
        assertEquals("matched: 941, unmatched: 59, note: ok",
                ExceptionQueries.readable("{\"matched\":941,\"unmatched\":59,\"note\":\"ok\"}"));
        assertEquals("", ExceptionQueries.readable("{}"));
        assertEquals("", ExceptionQueries.readable(null));
    }

    @Test
    void aDeviceIsSilentOnlyPastTheThreshold() {
        OffsetDateTime cutoff = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        assertTrue(DeviceQueries.silent(cutoff.minusSeconds(1), cutoff));
        assertFalse(DeviceQueries.silent(cutoff.plusSeconds(1), cutoff));
        assertFalse(DeviceQueries.silent(cutoff.minusDays(3), null), "a past period judges no device silent");
    }
}
