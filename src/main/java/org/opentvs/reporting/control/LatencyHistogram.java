package org.opentvs.reporting.control;

import java.util.Arrays;

/**
 * Response times in logarithmic buckets, mergeable across hours: bucket b holds
 * [2^(b/8), 2^((b+1)/8)) microseconds (each about 9% wide). A percentile is the upper bound of the
 * bucket holding the nearest-rank observation, so it over-states by at most one bucket width. The
 * rollup SQL computes the same bucket ({@code floor(8 * ln(micros) / ln 2)}).
 */
public final class LatencyHistogram {

    public static final int STEPS_PER_DOUBLING = 8;
    public static final int BUCKETS = 256;

    private final long[] counts = new long[BUCKETS];
    private long total;

    public static int bucketOf(long micros) {
        double value = Math.max(1, micros);
        int bucket = (int) Math.floor(STEPS_PER_DOUBLING * Math.log(value) / Math.log(2));
        return Math.min(BUCKETS - 1, Math.max(0, bucket));
    }

    /** The exclusive upper bound of a bucket, in microseconds. */
    public static double upperBound(int bucket) {
        return Math.pow(2, (bucket + 1) / (double) STEPS_PER_DOUBLING);
    }

    public void add(int bucket, long n) {
        if (bucket < 0 || bucket >= BUCKETS || n < 0) {
            throw new IllegalArgumentException("bucket " + bucket + " count " + n);
        }
        counts[bucket] += n;
        total += n;
    }

    public void record(long micros) {
        add(bucketOf(micros), 1);
    }

    public long count() {
        return total;
    }

    /** The p-quantile (0 &lt; p ≤ 1) in milliseconds, NaN when empty. */
    public double percentileMillis(double p) {
        if (p <= 0 || p > 1) {
            throw new IllegalArgumentException("p must be in (0, 1]: " + p);
        }
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return upperBound(b) / 1000.0;
            }
        }
        throw new IllegalStateException("unreachable: rank " + rank + " of " + total + " " + Arrays.toString(counts));
    }
}
