package org.opentvs.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentvs.platform.control.DataGrid;

class VerificationCapacityTest {

    @Test
    void theClustersLimitIsSharedAmongTheNodesAndNeverExceedsANodesOwn() {
        assertEquals(24, VerificationCapacity.share(24, 0, 3), "no cluster limit: the node's own");
        assertEquals(20, VerificationCapacity.share(24, 40, 2));
        assertEquals(14, VerificationCapacity.share(24, 40, 3), "rounded up");
        assertEquals(24, VerificationCapacity.share(24, 100, 2), "never above the node's own");
        assertEquals(1, VerificationCapacity.share(24, 2, 5), "at least one");
    }

    @Test
    void aNodeLeavingGivesTheOthersItsShare() {
        VerificationCapacity capacity = new VerificationCapacity();
        capacity.maxConcurrent = 24;
        capacity.clusterMaxConcurrent = 12;
        capacity.queueMillis = 0;
        capacity.grid = new DataGrid();
        capacity.init();
        assertEquals(12, capacity.limit(), "alone: the whole cluster limit");
        capacity.share(3);
        assertEquals(4, capacity.limit());
        for (int i = 0; i < 4; i++) {
            assertTrue(capacity.enter());
        }
        assertFalse(capacity.enter(), "the fifth at once is refused on a node with 4");
        capacity.share(2);
        assertTrue(capacity.enter(), "a member left: 6 here now");
        assertTrue(capacity.enter());
        assertFalse(capacity.enter());
    }
}
