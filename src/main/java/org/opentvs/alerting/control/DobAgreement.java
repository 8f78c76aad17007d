package org.opentvs.alerting.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How two dates of birth agree: the same day, day and month swapped, within a tolerance, or not at all. */
public enum DobAgreement {
    EXACT, TRANSPOSED, WITHIN_TOLERANCE, UNKNOWN, MISMATCH;

    public static DobAgreement of(LocalDate a, LocalDate b, int toleranceDays) {
        if (a == null || b == null) {
            return UNKNOWN;
        }
        if (a.equals(b)) {
            return EXACT;
        }
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue()) {
            return TRANSPOSED;
        }
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= toleranceDays ? WITHIN_TOLERANCE : MISMATCH;
    }
}
