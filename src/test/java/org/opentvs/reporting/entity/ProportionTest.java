package org.opentvs.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Wilson score intervals against values worked by hand: centre = (p + z²/2n) / (1 + z²/n),
 * half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n), z = 1.96.
 */
class ProportionTest {

    private static void assertInterval(Proportion p, double low, double high) {
        Proportion.Interval i = p.wilson95();
        assertEquals(low, i.low(), 5e-5, "low of " + p);
        assertEquals(high, i.high(), 5e-5, "high of " + p);
    }

    @Test
    void eightOfTen() {
        // p = .8, z²/n = .38415, centre = .99207/1.38415 = .71674, half = 1.96·√(.016 + .0096037)/1.38415 = .22658
        assertInterval(new Proportion(8, 10), 0.49016, 0.94332);
    }

    @Test
    void gaoCaptureAndMatchRates() {
        // capture 80 of 100: centre = (.8 + .019207)/1.038415 = .78890, half = 1.96·√(.0016 + .00009604)/1.038415 = .07774
        assertInterval(new Proportion(80, 100), 0.71117, 0.86663);
        // match 98 of 100: centre = (.98 + .019207)/1.038415 = .96224, half = 1.96·√(.000196 + .00009604)/1.038415 = .03225
        assertInterval(new Proportion(98, 100), 0.92999, 0.99450);
    }

    @Test
    void noneAndAllStayInsideZeroAndOne() {
        // 0 of 10: centre = .19207/1.38415 = .13877 = half, so low is exactly 0; high = .27753
        assertInterval(new Proportion(0, 10), 0.0, 0.27753);
        assertInterval(new Proportion(10, 10), 0.72247, 1.0);
    }

    @Test
    void anEmptySampleHasNoRate() {
        Proportion none = new Proportion(0, 0);
        assertFalse(none.defined());
        assertTrue(Double.isNaN(none.rate()));
        assertTrue(Double.isNaN(none.wilson95().low()));
    }

    @Test
    void cappedKeepsEstimatesBelowTheirDenominator() {
        assertEquals(new Proportion(5, 5), Proportion.capped(7, 5));
        assertThrows(IllegalArgumentException.class, () -> new Proportion(6, 5));
        assertThrows(IllegalArgumentException.class, () -> new Proportion(-1, 5));
    }

    @Test
    void smallSamplesAreFlagged() {
        assertTrue(new Proportion(20, 29).tooSmall(), "fewer than 30 trials");
        assertTrue(new Proportion(98, 100).tooSmall(), "only 2 failures: n(1-p) < 5");
        assertTrue(new Proportion(3, 1000).tooSmall(), "only 3 successes: np < 5");
        assertFalse(new Proportion(80, 100).tooSmall());
        assertFalse(new Proportion(5, 30).tooSmall(), "30 trials, 5 and 25 of each");
    }
}
