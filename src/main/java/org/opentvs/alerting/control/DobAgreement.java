package org.opentvs.alerting.control;

import java.time.LocalDate;
import org.opentvs.person.BirthDates;

/** Screening's reading of two dates of birth ({@link BirthDates}): the same day, day and month swapped, within a tolerance, or not at all. */
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
        return BirthDates.daysApart(a, b) <= toleranceDays ? WITHIN_TOLERANCE : MISMATCH;
    }
}
