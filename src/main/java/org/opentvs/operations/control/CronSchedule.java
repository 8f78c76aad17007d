package org.opentvs.operations.control;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Optional;

/**
 * A small cron subset: {@code second minute hour day-of-month month day-of-week} (six fields, or
 * five without the seconds). Each field is {@code *}, a number, a range {@code a-b}, a step
 * {@code * /n} or {@code a-b/n}, or a comma list of these. Day of week 0-7 (0 and 7 are Sunday).
 * As in cron, when both day fields are restricted a day matching either of them fires.
 */
public final class CronSchedule {

    private final String text;
    private final BitSet seconds;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean anyDay;
    private final boolean anyWeekday;

    private CronSchedule(String text, String[] f) {
        this.text = text;
        seconds = field(f[0], 0, 59, "second");
        minutes = field(f[1], 0, 59, "minute");
        hours = field(f[2], 0, 23, "hour");
        days = field(f[3], 1, 31, "day of month");
        months = field(f[4], 1, 12, "month");
        weekdays = field(f[5], 0, 7, "day of week");
        if (weekdays.get(7)) {
            weekdays.set(0);
        }
        anyDay = f[3].equals("*");
        anyWeekday = f[5].equals("*");
    }

    /** Parses a schedule; {@link IllegalArgumentException} with a readable message when it is not one. */
    public static CronSchedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a schedule is required");
        }
        String[] fields = text.trim().split("\\s+");
        if (fields.length == 5) {
            String[] six = new String[6];
            six[0] = "0";
            System.arraycopy(fields, 0, six, 1, 5);
            fields = six;
        }
        if (fields.length != 6) {
            throw new IllegalArgumentException("'" + text + "' needs 6 fields: second minute hour day month weekday");
        }
        return new CronSchedule(text.trim(), fields);
    }

    /** The first instant strictly after {@code after} that the schedule fires, within five years. */
    public Optional<ZonedDateTime> next(ZonedDateTime after) {
        ZonedDateTime t = after.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        ZonedDateTime limit = after.plusYears(5);
        while (t.isBefore(limit)) {
            if (!months.get(t.getMonthValue()) || !dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            } else if (!seconds.get(t.getSecond())) {
                t = t.plusSeconds(1);
            } else {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private boolean dayMatches(ZonedDateTime t) {
        boolean day = days.get(t.getDayOfMonth());
        boolean weekday = weekdays.get(t.getDayOfWeek().getValue() % 7);
        if (anyDay && anyWeekday) {
            return true;
        }
        if (anyDay) {
            return weekday;
        }
        if (anyWeekday) {
            return day;
        }
        return day || weekday;
    }

    private static BitSet field(String text, int min, int max, String name) {
        BitSet bits = new BitSet(max + 1);
        for (String part : text.split(",")) {
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = number(part.substring(slash + 1), 1, max, name);
                range = part.substring(0, slash);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", 2);
                from = number(ends[0], min, max, name);
                to = number(ends[1], min, max, name);
                if (from > to) {
                    throw new IllegalArgumentException(name + " range '" + range + "' runs backwards");
                }
            } else {
                from = number(range, min, max, name);
                to = slash >= 0 ? max : from;
            }
            for (int v = from; v <= to; v += step) {
                bits.set(v);
            }
        }
        return bits;
    }

    private static int number(String text, int min, int max, String name) {
        try {
            int v = Integer.parseInt(text);
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + " " + v + " is outside " + min + "-" + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + text + "' is not a number, range or step");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
