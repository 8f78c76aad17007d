package org.opentvs.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link SharedMap} on two real grid members, and in memory: compute counts every round once, the sweep removes only what ended. */
class SharedMapGridTest {

    private final String name = "shared-map-" + UUID.randomUUID();

    @Test
    void interleavedComputesOnTwoNodesAreEachCountedOnce() throws Exception {
        List<SharedMap<String, String>> nodes = List.of(TestGrid.node(0).<String, String>map(name), TestGrid.node(1).map(name));
        assertEquals(4_000, countConcurrently(nodes), "8 threads x 500 rounds, alternating nodes: each counted once");
        assertEquals("4000", nodes.get(1).get("k"));
    }

    @Test
    void interleavedComputesInMemoryAreEachCountedOnce() throws Exception {
        SharedMap<String, String> own = SharedMap.own();
        assertEquals(4_000, countConcurrently(List.of(own, own)));
    }

    @Test
    void aSweepOnOneNodeRemovesTheEndedValuesOfAllAndNothingElse() {
        SharedMap<String, String> a = TestGrid.node(0).map(name);
        SharedMap<String, String> b = TestGrid.node(1).map(name);
        for (int i = 0; i < 50; i++) {
            int n = i;
            (n % 2 == 0 ? a : b).compute("ended-" + n, v -> String.format("%013d:x", 1_000 + n));
            (n % 2 == 0 ? b : a).compute("live-" + n, v -> String.format("%013d:x", 2_000 + n));
        }
        a.compute("live-0", v -> null);
        assertNull(b.get("live-0"), "null removes");
        b.removeValuesBelow(String.format("%013d:", 1_050));
        Map<String, String> left = a.snapshot();
        assertEquals(49, left.size(), "every value ending at 1,000..1,049 removed, every later one kept: " + left.keySet());
        assertTrue(left.keySet().stream().allMatch(k -> k.startsWith("live-")));
        assertTrue(b.forget("live-1"));
        assertFalse(a.forget("live-1"), "forgotten on every node");
        assertEquals("0000000002002:x", b.compute("live-2", v -> v).after(), "an equal value writes nothing and is returned");
    }

    /** Threads alternate between the nodes' maps, each adding one to key k 500 times. */
    private static int countConcurrently(List<SharedMap<String, String>> nodes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < 500; round++) {
                    nodes.get((thread + round) % 2).compute("k", v -> Integer.toString(v == null ? 1 : Integer.parseInt(v) + 1));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return Integer.parseInt(nodes.get(0).get("k"));
    }
}
