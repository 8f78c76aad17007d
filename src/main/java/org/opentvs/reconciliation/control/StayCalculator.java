package org.opentvs.reconciliation.control;

import java.time.LocalDate;
import java.util.List;

/**
 * EES-style short-stay rule for visa-waiver-like classes: at most {@code maxDays} days present in any
 * window of {@code windowDays} days. Entry and exit days both count as days present.
 */
public final class StayCalculator {

    public record Stay(LocalDate entry, LocalDate exit) {
    }

    private final int maxDays;
    private final int windowDays;

    public StayCalculator(int maxDays, int windowDays) {
        this.maxDays = maxDays;
        this.windowDays = windowDays;
    }

    public static StayCalculator schengenLike() {
        return new StayCalculator(90, 180);
    }

    /**
     * The last day a traveler entering on {@code entry} may still be present, given earlier stays;
     * the day before entry when no day is left.
     */
    public LocalDate lastPermittedDay(LocalDate entry, List<Stay> earlier) {
        LocalDate last = entry.minusDays(1);
        for (LocalDate day = entry; !day.isAfter(entry.plusDays(maxDays - 1)); day = day.plusDays(1)) {
            if (daysPresent(day, entry, earlier) > maxDays) {
                break;
            }
            last = day;
        }
        return last;
    }

    public int maxDays() {
        return maxDays;
    }

    public int windowDays() {
        return windowDays;
    }

    /**
     * Days present in the window of {@code windowDays} ending on {@code day}: each stay from its entry
     * to its exit, a stay without an exit (still present) to {@code day}. Entry and exit days count.
     */
    public int daysUsed(LocalDate day, List<Stay> stays) {
        LocalDate windowStart = day.minusDays(windowDays - 1);
        long count = 0;
        for (Stay s : stays) {
            count += overlap(windowStart, day, s.entry(), s.exit() == null || s.exit().isAfter(day) ? day : s.exit());
        }
        return (int) count;
    }

    /** Days present in the window ending on {@code day}, counting the current stay from {@code entry}. */
    int daysPresent(LocalDate day, LocalDate entry, List<Stay> earlier) {
        LocalDate windowStart = day.minusDays(windowDays - 1);
        long count = overlap(windowStart, day, entry, day);
        for (Stay s : earlier) {
            LocalDate exit = s.exit() == null || !s.exit().isBefore(entry) ? entry.minusDays(1) : s.exit();
            count += overlap(windowStart, day, s.entry(), exit);
        }
        return (int) count;
    }

    private static long overlap(LocalDate from, LocalDate to, LocalDate a, LocalDate b) {
        LocalDate start = a.isAfter(from) ? a : from;
        LocalDate end = b.isBefore(to) ? b : to;
        return end.isBefore(start) ? 0 : end.toEpochDay() - start.toEpochDay() + 1;
    }
}
