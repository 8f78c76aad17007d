package org.opentvs.reconciliation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Cuts the days first..last (inclusive) into at most {@code max} contiguous ranges of whole days, [from, to). */
public final class DayRanges {

    public record Range(LocalDate from, LocalDate to) {
    }

    private DayRanges() {
    }

    public static List<Range> split(LocalDate first, LocalDate last, int max) {
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        int n = (int) Math.max(1, Math.min(days, max));
        long perRange = (days + n - 1) / n;
        List<Range> ranges = new ArrayList<>();
        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(perRange)) {
            LocalDate to = from.plusDays(perRange);
            ranges.add(new Range(from, to.isAfter(last) ? last.plusDays(1) : to));
        }
        return ranges;
    }
}
