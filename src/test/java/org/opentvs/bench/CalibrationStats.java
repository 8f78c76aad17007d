package org.opentvs.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Error rates of the 1:1 rule "match when the dissimilarity is at most t" over genuine and
 * impostor comparisons (a distance as it is; a similarity negated). FMR(t) is the share of
 * impostor comparisons at or below t, FNMR(t) the share of genuine ones above it.
 */
final class CalibrationStats {

    /** One point of the DET curve: the rates at one threshold. */
    record Point(double threshold, double fmr, double fnmr) {
    }

    private final double[] genuine;
    private final double[] impostor;

    CalibrationStats(double[] genuine, double[] impostor) {
        this.genuine = sortedFinite(genuine, "genuine");
        this.impostor = sortedFinite(impostor, "impostor");
    }

    private static double[] sortedFinite(double[] values, String what) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no " + what + " comparisons");
        }
        double[] sorted = values.clone();
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " comparison is not a finite number: " + v);
            }
        }
        Arrays.sort(sorted);
        return sorted;
    }

    int genuineCount() {
        return genuine.length;
    }

    int impostorCount() {
        return impostor.length;
    }

    double[] genuine() {
        return genuine.clone();
    }

    double[] impostor() {
        return impostor.clone();
    }

    double fmr(double threshold) {
        return atMost(impostor, threshold) / (double) impostor.length;
    }

    double fnmr(double threshold) {
        return 1 - atMost(genuine, threshold) / (double) genuine.length;
    }

    /** How many impostor comparisons may match while FMR stays at or under {@code targetFmr}. */
    int allowedFalseMatches(double targetFmr) {
        return (int) Math.floor(targetFmr * impostor.length + 1e-9);
    }

    /**
     * The impostor dissimilarity a threshold must stay strictly under for FMR ≤ {@code targetFmr}
     * (the (k+1)-th smallest, k the allowed false matches); +∞ when every impostor may match.
     */
    double boundFor(double targetFmr) {
        int k = allowedFalseMatches(targetFmr);
        return k >= impostor.length ? Double.POSITIVE_INFINITY : impostor[k];
    }

    /**
     * The largest threshold on a grid of {@code step} that keeps FMR ≤ {@code targetFmr}; with a
     * distance that is the figure to configure, with a negated similarity its negation.
     */
    double thresholdFor(double targetFmr, double step) {
        double bound = boundFor(targetFmr);
        if (bound == Double.POSITIVE_INFINITY) {
            return genuine[genuine.length - 1];
        }
        double t = Math.floor(bound / step + 1e-9) * step;
        while (t >= bound) {
            t -= step;
        }
        return t;
    }

    /**
     * Whether there are enough impostor comparisons to say anything at {@code targetFmr}: by the
     * rule of three, zero false matches in n trials bound the FMR at 3/n with 95% confidence, so n
     * must be at least 3/FMR.
     */
    boolean estimable(double targetFmr) {
        return impostor.length >= 3 / targetFmr;
    }

    /** The DET curve: the rates at every distinct score, from the strictest threshold to the loosest. */
    List<Point> det() {
        double[] all = new double[genuine.length + impostor.length];
        System.arraycopy(genuine, 0, all, 0, genuine.length);
        System.arraycopy(impostor, 0, all, genuine.length, impostor.length);
        Arrays.sort(all);
        List<Point> points = new ArrayList<>();
        int g = 0;
        int i = 0;
        for (int a = 0; a < all.length; a++) {
            if (a + 1 < all.length && all[a + 1] == all[a]) {
                continue;
            }
            double t = all[a];
            while (g < genuine.length && genuine[g] <= t) {
                g++;
            }
            while (i < impostor.length && impostor[i] <= t) {
                i++;
            }
            points.add(new Point(t, i / (double) impostor.length, 1 - g / (double) genuine.length));
        }
        return points;
    }

    /** The q-quantile (0..1) of sorted values, nearest rank. */
    static double quantile(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static int atMost(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
