package org.opentvs.person;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How two known birth dates differ: the slips that documents and keyed records carry. */
public final class BirthDates {

    private BirthDates() {
    }

    /** Day and month swapped within the same year (03/07 read as 07/03). */
    public static boolean swapped(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue()
                && !a.equals(b);
    }

    /** One digit of {@code yyyymmdd} wrong, or two adjacent digits transposed. */
    public static boolean digitSlip(LocalDate a, LocalDate b) {
        String x = digits(a);
        String y = digits(b);
        int differing = 0;
        int first = -1;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        return differing == 1 || differing == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
                && x.charAt(first + 1) == y.charAt(first);
    }

    /**
     * The same birthday one year off (1969-06-15 for 1970-06-15; 29 February read as 28 February in the
     * year without one): a year keyed from an age or by the wrong year, which no single digit covers when
     * the decade turns.
     */
    public static boolean yearSlip(LocalDate a, LocalDate b) {
        return a.plusYears(1).equals(b) || b.plusYears(1).equals(a);
    }

    /** How two known birth dates relate, the closest reading first. */
    public static Relation relation(LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return Relation.EQUAL;
        }
        if (swapped(a, b)) {
            return Relation.SWAPPED;
        }
        if (digitSlip(a, b)) {
            return Relation.DIGIT_SLIP;
        }
        return yearSlip(a, b) ? Relation.YEAR_SLIP : Relation.NONE;
    }

    /** The readings of {@link #relation}. */
    public enum Relation { EQUAL, SWAPPED, DIGIT_SLIP, YEAR_SLIP, NONE }

    public static long daysApart(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static String digits(LocalDate d) {
        int v = Math.floorMod(d.getYear(), 10000) * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        char[] out = new char[8];
        for (int i = 7; i >= 0; i--, v /= 10) {
            out[i] = (char) ('0' + v % 10);
        }
        return new String(out);
    }
}
