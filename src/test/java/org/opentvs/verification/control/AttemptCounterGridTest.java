package org.opentvs.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.control.DataGrid;
import org.opentvs.platform.control.TestGrid;

/** The attempt count on two real data-grid members, and when one of them dies under it. */
class AttemptCounterGridTest {

    private static AttemptCounter on(DataGrid grid) {
        AttemptCounter counter = new AttemptCounter();
        counter.grid = grid;
        counter.init();
        return counter;
    }

    @Test
    void aDevicesCapturesCountOnWhicheverNodeTheyReach() {
        AttemptCounter a = on(TestGrid.node(0));
        AttemptCounter b = on(TestGrid.node(1));
        String device = "cam-" + System.nanoTime();
        assertEquals(1, a.current(device));
        assertEquals(1, a.failed(device));
        assertEquals(2, b.current(device), "the other node sees the first failure");
        assertEquals(2, b.failed(device));
        assertEquals(3, a.current(device));
        b.succeeded(device, 3);
        assertEquals(1, a.current(device), "a match on one node starts the count again on the other");
    }

    @Test
    void whenTheOtherMemberDiesTheCountsAnswerAtOnceAndAreKept() {
        List<HazelcastInstance> pair = TestGrid.pair();
        try {
            AttemptCounter counter = on(DataGrid.of(pair.get(0)));
            int devices = 200;
            for (int i = 0; i < devices; i++) {
                counter.failed("lane-" + i);
                assertEquals(2, counter.failed("lane-" + i));
            }
            pair.get(1).getLifecycleService().terminate();
            long slowest = 0;
            for (int i = 0; i < devices; i++) {
                long started = System.nanoTime();
                int attempt = counter.current("lane-" + i);
                slowest = Math.max(slowest, System.nanoTime() - started);
                assertEquals(3, attempt, "lane-" + i + ": two failures before the member died, from the grid's backup or this node's own");
            }
            // a read waits for the grid at most 50 ms; a lost member's partitions wait until the survivor has noticed
            assertTrue(slowest < 1_000_000_000L, "slowest count after the member died: " + slowest / 1_000_000 + " ms");
        } finally {
            pair.forEach(m -> m.getLifecycleService().terminate());
        }
    }
}
