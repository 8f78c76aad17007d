package org.opentvs.reporting.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void nearestRank() {
        // sorted: 15 20 35 40 50; p30 → rank ceil(1.5) = 2 → 20; p40 → rank 2 → 20; p50 → rank 3 → 35; p100 → 50
        Distribution d = new Distribution(new long[]{50, 15, 40, 35, 20});
        assertEquals(20, d.percentile(0.3));
        assertEquals(20, d.percentile(0.4));
        assertEquals(35, d.percentile(0.5));
        assertEquals(50, d.percentile(1.0));
        assertEquals(50, d.max());
        assertEquals(15, d.percentile(0.01));
    }

    @Test
    void bins() {
        Distribution d = new Distribution(new long[]{10, 50, 99, 100, 250, 1000});
        assertArrayEquals(new long[]{1, 2, 2, 1}, d.bins(new long[]{50, 100, 1000}));
    }

    @Test
    void emptyHasNoPercentile() {
        assertThrows(IllegalStateException.class, () -> new Distribution(new long[0]).percentile(0.5));
    }
}
