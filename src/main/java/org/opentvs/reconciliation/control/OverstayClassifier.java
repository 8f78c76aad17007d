package org.opentvs.reconciliation.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.opentvs.reconciliation.entity.StayStatus;

/**
 * Classifies one admission as of a date: departed by admit-until (ON_TIME), departed after it
 * (OUT_OF_COUNTRY_OVERSTAY), no departure and admit-until passed (SUSPECTED_IN_COUNTRY_OVERSTAY),
 * else PENDING. Without an admit-until (duration of status) a departure is on time and no departure pending.
 */
public final class OverstayClassifier {

    public record Classification(StayStatus status, Integer daysOver) {
    }

    private OverstayClassifier() {
    }

    public static Classification classify(LocalDate admitUntil, LocalDate departedOn, LocalDate asOf) {
        if (departedOn != null) {
            if (admitUntil == null || !departedOn.isAfter(admitUntil)) {
                return new Classification(StayStatus.ON_TIME, 0);
            }
            return new Classification(StayStatus.OUT_OF_COUNTRY_OVERSTAY, (int) ChronoUnit.DAYS.between(admitUntil, departedOn));
        }
        if (admitUntil != null && asOf.isAfter(admitUntil)) {
            return new Classification(StayStatus.SUSPECTED_IN_COUNTRY_OVERSTAY, (int) ChronoUnit.DAYS.between(admitUntil, asOf));
        }
        return new Classification(StayStatus.PENDING, null);
    }
}
