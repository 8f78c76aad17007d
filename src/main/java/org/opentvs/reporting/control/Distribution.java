package org.opentvs.reporting.control;

import java.util.Arrays;

/** Exact nearest-rank percentiles of a small set of values (gallery build times of a period). */
public final class Distribution {

    private final long[] sorted;

    public Distribution(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The nearest-rank p-quantile: the smallest value with at least p of the values at or below it. */
    public long percentile(double p) {
        if (p <= 0 || p > 1) {
            throw new IllegalArgumentException("p must be in (0, 1]: " + p);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no values");
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    public long max() {
        return sorted[sorted.length - 1];
    }

    /** How many values fall in each of {@code bounds.length + 1} bins: below bounds[0], …, at or above the last. */
    public long[] bins(long[] bounds) {
        long[] bins = new long[bounds.length + 1];
        for (long v : sorted) {
            int i = 0;
            while (i < bounds.length && v >= bounds[i]) {
                i++;
            }
            bins[i]++;
        }
        return bins;
    }
}
