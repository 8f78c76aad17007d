package org.opentvs.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void bucketsAreEighthsOfADoubling() {
        // 8·log2(1000) = 79.73 → 79; 8·log2(1024) = 80 exactly; 8·log2(2000) = 87.73 → 87
        assertEquals(79, LatencyHistogram.bucketOf(1000));
        assertEquals(80, LatencyHistogram.bucketOf(1024));
        assertEquals(87, LatencyHistogram.bucketOf(2000));
        assertEquals(0, LatencyHistogram.bucketOf(0), "zero and one microsecond share the first bucket");
        assertEquals(255, LatencyHistogram.bucketOf(Long.MAX_VALUE));
        assertEquals(1024.0, LatencyHistogram.upperBound(79), 1e-9);
    }

    @Test
    void percentilesAreNearestRankUpperBounds() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 50; i++) {
            h.record(1000);
        }
        for (int i = 0; i < 45; i++) {
            h.record(2000);
        }
        for (int i = 0; i < 5; i++) {
            h.record(10_000);
        }
        assertEquals(100, h.count());
        // rank 50 is the last 1 ms value: bucket 79, upper bound 2^10 µs
        assertEquals(1.024, h.percentileMillis(0.5), 1e-9);
        // rank 95 is the last 2 ms value: bucket 87, upper bound 2^11 µs
        assertEquals(2.048, h.percentileMillis(0.95), 1e-9);
        // rank 99 is a 10 ms value: 8·log2(10000) = 106.3 → bucket 106, upper bound 2^(107/8) = 8192 · 2^0.375 = 8192 · 1.29684 = 10,623.7 µs
        assertEquals(10.6237, h.percentileMillis(0.99), 1e-4);
    }

    @Test
    void mergedHoursGiveTheSameAsOneHistogram() {
        LatencyHistogram merged = new LatencyHistogram();
        merged.add(LatencyHistogram.bucketOf(3000), 7);
        merged.add(LatencyHistogram.bucketOf(500), 3);
        assertEquals(LatencyHistogram.upperBound(LatencyHistogram.bucketOf(500)) / 1000, merged.percentileMillis(0.3), 1e-12);
        assertEquals(LatencyHistogram.upperBound(LatencyHistogram.bucketOf(3000)) / 1000, merged.percentileMillis(0.31), 1e-12);
    }

    @Test
    void emptyAndInvalid() {
        assertTrue(Double.isNaN(new LatencyHistogram().percentileMillis(0.5)));
        assertThrows(IllegalArgumentException.class, () -> new LatencyHistogram().percentileMillis(0));
        assertThrows(IllegalArgumentException.class, () -> new LatencyHistogram().add(256, 1));
    }
}
