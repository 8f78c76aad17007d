package org.opentvs.platform.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Dates and instants the database can store and a person can mean: years 0001 to 9999. Java
 * parses far beyond PostgreSQL's range ({@code +999999999-12-31}); those are refused here, not by
 * the database.
 */
public final class StorableTime {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");

    private StorableTime() {
    }

    /** @throws IllegalArgumentException outside years 0001 to 9999 */
    public static LocalDate date(LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new IllegalArgumentException("Dates run from 0001-01-01 to 9999-12-31");
        }
        return date;
    }

    /** @throws IllegalArgumentException outside years 0001 to 9999 */
    public static Instant instant(Instant instant) {
        if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
            throw new IllegalArgumentException("Instants run from year 0001 to 9999");
        }
        return instant;
    }

    public static boolean storable(LocalDate date) {
        return date == null || !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
