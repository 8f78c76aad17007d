package org.opentvs.bench;

import java.util.Arrays;

/** Latency summary of one benchmark run. */
record Percentiles(int n, double p50, double p95, double p99, double max) {

    static Percentiles of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return String.format("n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f", n, p50, p95, p99, max);
    }
}
