package org.opentvs.reconciliation.control;

import java.time.LocalDate;

/** How alike two birth dates are, allowing the typos documents and keyed records carry. */
public final class DateOfBirthSimilarity {

    public static final double EQUAL = 1.0;
    public static final double TYPO = 0.8;
    public static final double UNKNOWN = 0.5;

    private DateOfBirthSimilarity() {
    }

    /** 1 equal; 0.8 day and month swapped, one digit wrong or two adjacent digits transposed; 0.5 unknown; else 0. */
    public static double of(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return UNKNOWN;
        }
        if (a.equals(b)) {
            return EQUAL;
        }
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue()) {
            return TYPO;
        }
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
        if (differing == 1) {
            return TYPO;
        }
        boolean transposed = differing == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
                && x.charAt(first + 1) == y.charAt(first);
        return transposed ? TYPO : 0.0;
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
