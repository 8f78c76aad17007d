package org.opentvs.operations.control;

import jakarta.ejb.ScheduleExpression;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A job schedule as a calendar timer expression. The configuration keeps the cron field order
 * {@code second minute hour day-of-month month day-of-week} (or five fields, without the seconds);
 * each field goes to the matching {@link ScheduleExpression} attribute, which takes {@code *},
 * numbers, ranges {@code a-b} and comma lists as cron does. Steps ({@code * /n}, {@code a/n},
 * {@code a-b/n}) become the list of values they stand for, since the timer service takes steps in
 * the time fields only. The container checks the values when it creates the timer.
 */
public final class JobCalendar {

    private static final String[] NAMES = {"second", "minute", "hour", "day of month", "month", "day of week"};
    private static final int[] MIN = {0, 0, 0, 1, 1, 0};
    private static final int[] MAX = {59, 59, 23, 31, 12, 7};

    private JobCalendar() {
    }

    /** @throws IllegalArgumentException with a readable message when the text has the wrong shape */
    public static ScheduleExpression expression(String text, ZoneId zone) {
        String[] f = fields(text);
        return new ScheduleExpression().second(field(f, 0)).minute(field(f, 1)).hour(field(f, 2))
                .dayOfMonth(field(f, 3)).month(field(f, 4)).dayOfWeek(field(f, 5)).timezone(zone.getId());
    }

    private static String[] fields(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a schedule is required");
        }
        String[] fields = text.trim().split("\\s+");
        if (fields.length == 5) {
            String[] six = new String[6];
            six[0] = "0";
            System.arraycopy(fields, 0, six, 1, 5);
            return six;
        }
        if (fields.length != 6) {
            throw new IllegalArgumentException("'" + text.trim() + "' needs 6 fields: second minute hour day month weekday");
        }
        return fields;
    }

    private static String field(String[] fields, int i) {
        List<String> parts = new ArrayList<>();
        for (String part : fields[i].split(",", -1)) {
            parts.add(part.contains("/") ? steps(part, i) : part);
        }
        return String.join(",", parts);
    }

    private static String steps(String part, int i) {
        String[] halves = part.split("/", -1);
        int step = number(halves.length == 2 ? halves[1] : "", 1, MAX[i], i);
        int from = MIN[i];
        int to = MAX[i];
        if (!halves[0].equals("*")) {
            String[] ends = halves[0].split("-", -1);
            from = number(ends[0], MIN[i], MAX[i], i);
            to = ends.length == 2 ? number(ends[1], from, MAX[i], i) : MAX[i];
        }
        List<String> values = new ArrayList<>();
        for (int v = from; v <= to; v += step) {
            values.add(String.valueOf(v));
        }
        return String.join(",", values);
    }

    private static int number(String text, int min, int max, int i) {
        try {
            int v = Integer.parseInt(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(NAMES[i] + " step '" + text + "' is not a number from " + min + " to " + max);
    }
}
