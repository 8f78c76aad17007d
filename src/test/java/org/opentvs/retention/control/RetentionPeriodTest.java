package org.opentvs.retention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    @Test
    void isoPeriodsAndDurationsAreTaken() {
        assertEquals("P14D", RetentionPeriod.parse("p14d"));
        assertEquals("PT12H", RetentionPeriod.parse(" PT12H "));
        assertEquals("P1DT12H", RetentionPeriod.parse("P1DT12H"));
        assertEquals("P75Y", RetentionPeriod.parse("P75Y"));
        assertEquals("P0D", RetentionPeriod.parse("P0D"));
    }

    @Test
    void anythingElseIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RetentionPeriod.parse("14 days")).getMessage().contains("ISO-8601"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RetentionPeriod.parse("P-1D")).getMessage().contains("between"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RetentionPeriod.parse("PT-5H")).getMessage().contains("between"));
        assertThrows(IllegalArgumentException.class, () -> RetentionPeriod.parse("P101Y"));
        assertThrows(IllegalArgumentException.class, () -> RetentionPeriod.parse(""));
        assertThrows(IllegalArgumentException.class, () -> RetentionPeriod.parse(null));
    }
}
