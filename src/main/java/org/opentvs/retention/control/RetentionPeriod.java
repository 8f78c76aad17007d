package org.opentvs.retention.control;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * A retention period as the API takes it: ISO-8601, date-based ({@code P14D}, {@code P7Y}) or
 * time-based ({@code PT12H}, {@code P1DT12H}); never negative, at most 100 years.
 */
public final class RetentionPeriod {

    private RetentionPeriod() {
    }

    /** The period, normalised to upper case; {@link IllegalArgumentException} with the reason otherwise. */
    public static String parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a period such as P14D or PT12H is required");
        }
        String iso = text.trim().toUpperCase();
        try {
            Period period = Period.parse(iso);
            if (period.isNegative() || period.toTotalMonths() > 1200 || period.getDays() > 36_600) {
                throw new IllegalArgumentException("period " + text + " must be between 0 and 100 years");
            }
            return iso;
        } catch (DateTimeParseException notDateBased) {
            try {
                Duration duration = Duration.parse(iso);
                if (duration.isNegative() || duration.toDays() > 36_600) {
                    throw new IllegalArgumentException("period " + text + " must be between 0 and 100 years");
                }
                return iso;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("period '" + text + "' is not ISO-8601 such as P14D, PT12H or P7Y");
            }
        }
    }
}
