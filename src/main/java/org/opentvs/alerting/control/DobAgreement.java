package org.opentvs.alerting.control;

import java.time.LocalDate;
import org.opentvs.person.BirthDates;

/**
 * Screening's reading of two dates of birth ({@link BirthDates}): the same day, day and month swapped,
 * within a tolerance, or not at all. A tolerance of a year or more takes the same birthday one year off
 * as reconciliation does, also across 29 February (366 days).
 */
public enum DobAgreement {

    EXACT, TRANSPOSED, WITHIN_TOLERANCE, UNKNOWN, MISMATCH;

    public static DobAgreement of(LocalDate a, LocalDate b, int toleranceDays) {
        if (a == null || b == null) {
            return UNKNOWN;
        }
        if (a.equals(b)) {
            return EXACT;
        }
        if (BirthDates.swapped(a, b)) {
            return TRANSPOSED;
        }
        boolean within = BirthDates.daysApart(a, b) <= toleranceDays || toleranceDays >= 365 && BirthDates.yearSlip(a, b);
        return within ? WITHIN_TOLERANCE : MISMATCH;
    }
}
