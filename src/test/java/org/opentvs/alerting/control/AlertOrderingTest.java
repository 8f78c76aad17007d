package org.opentvs.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AlertOrderingTest {

    private static final long MS = 1_000_000L;

    @Test
    void anAlertWaitsForTheWindowThenGoesOutWithTheLowerOnes() {
        AlertOrdering<Long> ordering = new AlertOrdering<>(200);
        ordering.offer(11, 11L, 0);
        ordering.offer(10, 10L, 5 * MS);
        assertEquals(List.of(), ordering.due(199 * MS));
        assertEquals(List.of(10L, 11L), ordering.due(200 * MS));
        assertTrue(ordering.isEmpty());
    }

    @Test
    void aLaterHigherSeqDoesNotHoldBackOneThatIsDue() {
        AlertOrdering<Long> ordering = new AlertOrdering<>(200);
        ordering.offer(1, 1L, 0);
        ordering.offer(3, 3L, 150 * MS);
        assertEquals(List.of(1L), ordering.due(210 * MS));
        assertEquals(List.of(3L), ordering.due(350 * MS));
    }

    @Test
    void oneThatArrivesLaterThanTheWindowIsStillSentOnce() {
        AlertOrdering<Long> ordering = new AlertOrdering<>(100);
        ordering.offer(2, 2L, 0);
        assertEquals(List.of(2L), ordering.due(100 * MS));
        ordering.offer(1, 1L, 300 * MS);
        assertEquals(List.of(1L), ordering.due(400 * MS));
        assertEquals(List.of(), ordering.due(900 * MS));
    }

    /** Two nodes raising alerts at random, each node's own seen at once and the other's up to 50 ms late. */
    @Test
    void interleavedArrivalsFromTwoNodesComeOutInSeqOrderEachOnce() {
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            AlertOrdering<Long> ordering = new AlertOrdering<>(200);
            int alerts = 1 + random.nextInt(60);
            List<long[]> arrivals = new ArrayList<>();
            long raisedAt = 0;
            for (long seq = 1; seq <= alerts; seq++) {
                raisedAt += random.nextInt(20) * MS;
                boolean remote = random.nextBoolean();
                arrivals.add(new long[]{seq, raisedAt + (remote ? random.nextInt(50) * MS : 0)});
            }
            arrivals.sort((a, b) -> Long.compare(a[1], b[1]));
            List<Long> out = new ArrayList<>();
            long now = 0;
            int next = 0;
            while (out.size() < alerts) {
                while (next < arrivals.size() && arrivals.get(next)[1] <= now) {
                    ordering.offer(arrivals.get(next)[0], arrivals.get(next)[0], arrivals.get(next)[1]);
                    next++;
                }
                out.addAll(ordering.due(now));
                now += 25 * MS;
            }
            for (int i = 0; i < alerts; i++) {
                assertEquals(i + 1, out.get(i), "round " + round + ": " + out);
            }
            assertTrue(ordering.isEmpty());
        }
    }
}
