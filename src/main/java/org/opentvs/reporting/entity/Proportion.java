package org.opentvs.reporting.entity;

import java.io.Serializable;

/**
 * k of n with its Wilson score interval (the interval ISO/IEC 19795-1 practice prefers to the normal
 * approximation near 0 and 1). A proportion whose sample is too small to compare says so.
 */
public record Proportion(long k, long n) implements Serializable {

    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;
    /** Below this many trials a rate is not compared with another. */
    public static final int MIN_SAMPLE = 30;

    public Proportion {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n, got " + k + " of " + n);
        }
    }

    public static Proportion capped(long k, long n) {
        return new Proportion(Math.max(0, Math.min(k, n)), Math.max(0, n));
    }

    public boolean defined() {
        return n > 0;
    }

    public double rate() {
        return n == 0 ? Double.NaN : (double) k / n;
    }

    public Interval wilson95() {
        return wilson(Z95);
    }

    public Interval wilson(double z) {
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double p = rate();
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * Too small to compare: fewer than {@link #MIN_SAMPLE} trials, or fewer than 5 expected
     * successes or failures (n·p &lt; 5 or n·(1−p) &lt; 5), where the interval is too wide to rank groups.
     */
    public boolean tooSmall() {
        return n < MIN_SAMPLE || k < 5 || n - k < 5;
    }

    public Proportion plus(Proportion other) {
        return new Proportion(k + other.k, n + other.n);
    }

    public record Interval(double low, double high) implements Serializable {
    }
}
