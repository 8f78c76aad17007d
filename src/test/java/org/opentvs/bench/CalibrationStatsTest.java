package org.opentvs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationStatsTest {

    /** 1,000 impostor distances 0.500, 0.501, ... 1.499 and four genuine ones. */
    private static CalibrationStats thousandImpostors() {
        double[] impostor = new double[1000];
        for (int i = 0; i < impostor.length; i++) {
            impostor[i] = (500 + i) / 1000.0;
        }
        return new CalibrationStats(new double[]{0.1, 0.2, 0.3, 0.9005}, impostor);
    }

    @Test
    void thresholdIsTheLargestGridPointWithinTheTargetFmr() {
        CalibrationStats s = thousandImpostors();
        for (double target : new double[]{1e-2, 1e-3, 1e-4}) {
            double t = s.thresholdFor(target, 0.001);
            assertTrue(s.fmr(t) <= target, "FMR at " + t + " is " + s.fmr(t));
            assertTrue(s.fmr(t + 0.0015) > target, "a looser grid point would still have kept FMR " + target);
        }
        assertEquals(10, s.allowedFalseMatches(1e-2));
        assertEquals(1, s.allowedFalseMatches(1e-3));
        assertEquals(0, s.allowedFalseMatches(1e-4));
        assertEquals(0.51, s.boundFor(1e-2), 1e-12);
        assertEquals(0.509, s.thresholdFor(1e-2, 0.001), 1e-9);
        assertEquals(0.499, s.thresholdFor(1e-4, 0.001), 1e-9);
        assertEquals(0.0, s.fmr(0.499));
        assertEquals(0.25, s.fnmr(0.509), 1e-12);
        assertEquals(0.0, s.fnmr(0.901));
    }

    @Test
    void tiedImpostorsAllStayRejected() {
        CalibrationStats s = new CalibrationStats(new double[]{0.1, 0.5}, new double[]{0.4, 0.4, 0.4, 0.4});
        double t = s.thresholdFor(0.3, 0.001);
        assertEquals(0.0, s.fmr(t));
        assertEquals(0.399, t, 1e-9);
        assertEquals(0.5, s.fnmr(t), 1e-12);
    }

    @Test
    void negatedSimilaritiesCalibrateTheSameWay() {
        // cosine: impostors 0.30..0.39, genuine 0.95 and 0.35 → FMR <= 0.1 allows one impostor (0.39)
        double[] impostor = new double[10];
        for (int i = 0; i < 10; i++) {
            impostor[i] = -(0.30 + i / 100.0);
        }
        CalibrationStats s = new CalibrationStats(new double[]{-0.95, -0.35}, impostor);
        double cosine = -s.thresholdFor(0.1, 0.001);
        assertEquals(0.381, cosine, 1e-9);
        assertEquals(0.1, s.fmr(-cosine), 1e-12);
        assertEquals(0.5, s.fnmr(-cosine), 1e-12);
    }

    @Test
    void enoughImpostorsByTheRuleOfThree() {
        CalibrationStats s = thousandImpostors();
        assertTrue(s.estimable(1e-2));
        assertFalse(s.estimable(1e-3));
        assertFalse(s.estimable(1e-4));
    }

    @Test
    void detRunsFromStrictToLooseMonotonically() {
        List<CalibrationStats.Point> det = thousandImpostors().det();
        assertEquals(1004, det.size());
        CalibrationStats.Point first = det.get(0);
        assertEquals(0.0, first.fmr());
        assertEquals(0.75, first.fnmr(), 1e-12);
        CalibrationStats.Point last = det.get(det.size() - 1);
        assertEquals(1.0, last.fmr());
        assertEquals(0.0, last.fnmr());
        for (int i = 1; i < det.size(); i++) {
            assertTrue(det.get(i).fmr() >= det.get(i - 1).fmr());
            assertTrue(det.get(i).fnmr() <= det.get(i - 1).fnmr());
            assertTrue(det.get(i).threshold() > det.get(i - 1).threshold());
        }
    }

    @Test
    void refusesEmptyOrNonFiniteScores() {
        assertThrows(IllegalArgumentException.class, () -> new CalibrationStats(new double[0], new double[]{1}));
        assertThrows(IllegalArgumentException.class, () -> new CalibrationStats(new double[]{1}, new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new CalibrationStats(new double[]{Double.NaN}, new double[]{1}));
        assertThrows(IllegalArgumentException.class, () -> new CalibrationStats(new double[]{1}, new double[]{Double.POSITIVE_INFINITY}));
    }

    @Test
    void quantileIsNearestRank() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, CalibrationStats.quantile(v, 0.5));
        assertEquals(10, CalibrationStats.quantile(v, 0.95));
        assertEquals(1, CalibrationStats.quantile(v, 0.01));
    }
}
