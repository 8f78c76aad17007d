package org.opentvs.reconciliation.control;

import java.time.LocalDate;
import org.opentvs.person.BirthDates;

/** Reconciliation's score for two birth dates ({@link BirthDates}), allowing the typos documents and keyed records carry. */
public final class DateOfBirthSimilarity {

    public static final double EQUAL = 1.0;
    public static final double TYPO = 0.8;
    public static final double UNKNOWN = 0.5;

    private DateOfBirthSimilarity() {
    }

    /** 1 equal; 0.8 day and month swapped, one digit wrong, two adjacent digits transposed or one year off; 0.5 unknown; else 0. */
    public static double of(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return UNKNOWN;
        }
        return switch (BirthDates.relation(a, b)) {
            case EQUAL -> EQUAL;
            case SWAPPED, DIGIT_SLIP, YEAR_SLIP -> TYPO;
            case NONE -> 0.0;
        };
    }

}
