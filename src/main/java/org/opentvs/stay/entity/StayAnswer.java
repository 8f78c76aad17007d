package org.opentvs.stay.entity;

import java.time.LocalDate;

/**
 * What the stay service tells a traveler about their latest admission: until when they were admitted,
 * the days remaining, the 90/180-day rule for visa-waiver classes, and whether they overstayed.
 *
 * @param admittedUntil  null for duration of status (F1, J1 …)
 * @param daysRemaining  days after today up to and including admittedUntil; null once departed or without an end
 * @param daysOver       days past admittedUntil (in the country, or at departure); 0 otherwise
 * @param rule           the 90/180-day rule for visa-waiver classes, else null
 */
public record StayAnswer(String classOfAdmission, LocalDate admittedOn, LocalDate admittedUntil, Integer daysRemaining,
        LocalDate departedOn, Status status, int daysOver, Rule rule) {

    public enum Status {
        /** In the country, within the admission. */
        IN_STAY,
        /** Departed by admittedUntil. */
        DEPARTED_ON_TIME,
        /** No departure on record and admittedUntil has passed. */
        OVERSTAY_IN_COUNTRY,
        /** Departed after admittedUntil. */
        OVERSTAY_DEPARTED
    }

    /** Days present in the window of {@code windowDays} ending today, of at most {@code maxDays}. */
    public record Rule(int maxDays, int windowDays, int daysUsed, int daysLeft) {
    }

    public boolean overstay() {
        return status == Status.OVERSTAY_IN_COUNTRY || status == Status.OVERSTAY_DEPARTED;
    }
}
