package org.opentvs.manifest.control.paxlst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PaxlstDatesTest {

    private final PaxlstDates dates = new PaxlstDates(LocalDate.of(2025, 6, 1));

    @Test
    void birthInTheFutureBelongsToThe1900s() {
        assertEquals(LocalDate.of(1930, 1, 1), dates.birth("300101"));
        assertEquals(LocalDate.of(2020, 1, 1), dates.birth("200101"));
        assertEquals(LocalDate.of(1935, 9, 19), dates.birth("19350919"));
        assertNull(dates.birth(""));
        assertNull(dates.birth(null));
    }

    @Test
    void expiryIsInThe2000sUnlessFarAhead() {
        assertEquals(LocalDate.of(2061, 2, 18), dates.expiry("610218"));
        assertEquals(LocalDate.of(1998, 8, 31), dates.expiry("980831"));
        assertEquals(LocalDate.of(2019, 12, 18), dates.expiry("191218"));
    }

    @Test
    void flightDatesInAllFormats() {
        assertEquals(LocalDateTime.of(2021, 8, 27, 14, 50), dates.flight("2108271450"));
        assertEquals(LocalDateTime.of(2021, 8, 27, 14, 50), dates.flight(" 202108271450"));
        assertEquals(LocalDateTime.of(2021, 8, 27, 0, 0), dates.flight("210827"));
        assertEquals(LocalDateTime.of(2002, 1, 31, 10, 30), dates.flight("020131", "1030"));
    }

    @Test
    void junkIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> dates.flight("21AUG27"));
        assertThrows(IllegalArgumentException.class, () -> dates.flight("2102301450"));
        assertThrows(IllegalArgumentException.class, () -> dates.flight("2101012550"));
        assertThrows(IllegalArgumentException.class, () -> dates.birth("1234567"));
    }

    @Test
    void flightDesignators() {
        assertEquals(new FlightDesignator("UA", "989"), FlightDesignator.of("UA0989", "UA"));
        assertEquals(new FlightDesignator("B2", "740"), FlightDesignator.of("B2740", null));
        assertEquals(new FlightDesignator("UA", "123"), FlightDesignator.of("123", "UA"));
        assertEquals(new FlightDesignator("DLH", "400"), FlightDesignator.of("DLH400", ""));
        assertEquals(new FlightDesignator("SK", "01MCL"), FlightDesignator.of("SK01MCL", null));
    }
}
