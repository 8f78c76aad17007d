package org.opentvs.manifest.control.paxlst;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * APIS dates: YYMMDD, YYMMDDHHMM (format 201), CCYYMMDD (102) and CCYYMMDDHHMM (203), all local
 * time. Two-digit years pivot per field: a birth or issue date in the future belongs to the 1900s;
 * flight dates are in the 2000s; an expiry is in the 2000s unless that is more than 50 years ahead.
 * Every method returns null for a blank value and throws {@link IllegalArgumentException} for junk.
 */
final class PaxlstDates {

    private final LocalDate today;

    PaxlstDates(LocalDate today) {
        this.today = today;
    }

    LocalDate birth(String value) {
        LocalDate date = date(value, 2000);
        return date != null && value.strip().length() == 6 && date.isAfter(today) ? date.minusYears(100) : date;
    }

    LocalDate issue(String value) {
        return birth(value);
    }

    LocalDate expiry(String value) {
        LocalDate date = date(value, 2000);
        return date != null && value.strip().length() == 6 && date.isAfter(today.plusYears(50)) ? date.minusYears(100) : date;
    }

    LocalDateTime flight(String value) {
        String v = digits(value);
        if (v == null) {
            return null;
        }
        try {
            return switch (v.length()) {
                case 6, 8 -> date(v, 2000).atStartOfDay();
                case 10 -> date(v.substring(0, 6), 2000).atTime(number(v, 6, 8), number(v, 8, 10));
                case 12 -> date(v.substring(0, 8), 2000).atTime(number(v, 8, 10), number(v, 10, 12));
                default -> throw new IllegalArgumentException("date of length " + v.length());
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid time", e);
        }
    }

    /** Legacy DTM: a YYMMDD date element and a separate HHMM time element. */
    LocalDateTime flight(String date, String time) {
        LocalDateTime day = flight(date);
        String t = digits(time);
        if (day == null || t == null) {
            return day;
        }
        if (t.length() != 4) {
            throw new IllegalArgumentException("time of length " + t.length());
        }
        try {
            return day.withHour(number(t, 0, 2)).withMinute(number(t, 2, 4));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid time", e);
        }
    }

    private static LocalDate date(String value, int century) {
        String v = digits(value);
        if (v == null) {
            return null;
        }
        try {
            return switch (v.length()) {
                case 6, 10 -> LocalDate.of(century + number(v, 0, 2), number(v, 2, 4), number(v, 4, 6));
                case 8, 12 -> LocalDate.of(number(v, 0, 4), number(v, 4, 6), number(v, 6, 8));
                default -> throw new IllegalArgumentException("date of length " + v.length());
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a calendar date", e);
        }
    }

    private static String digits(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                throw new IllegalArgumentException("non-digit in date");
            }
        }
        return v;
    }

    private static int number(String v, int from, int to) {
        return Integer.parseInt(v, from, to, 10);
    }
}
