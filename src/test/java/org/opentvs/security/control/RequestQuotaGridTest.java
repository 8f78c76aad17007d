package org.opentvs.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.control.TestGrid;

/** The request quota on two real data-grid members: one allowance per key for both, one window end, one bound. */
class RequestQuotaGridTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    private List<RequestQuota> twoNodes(int capacity) {
        String map = "quota-" + UUID.randomUUID();
        return List.of(new RequestQuota(capacity, now::get, TestGrid.node(0).map(map)),
                new RequestQuota(capacity, now::get, TestGrid.node(1).map(map)));
    }

    @Test
    void requestsAlternatedBetweenTwoNodesShareTheAllowanceAndTheWindow() {
        List<RequestQuota> nodes = twoNodes(100);
        for (int i = 0; i < 10; i++) {
            assertTrue(nodes.get(i % 2).take("stay-document", "d1", 10, Duration.ofHours(1)).allowed(), "request " + (i + 1));
        }
        now.addAndGet(600_000);
        RequestQuota.Verdict onA = nodes.get(0).take("stay-document", "d1", 10, Duration.ofHours(1));
        RequestQuota.Verdict onB = nodes.get(1).take("stay-document", "d1", 10, Duration.ofHours(1));
        assertFalse(onA.allowed());
        assertFalse(onB.allowed());
        assertEquals(3_000, onA.retryAfterSeconds(), "the rest of the hour that began with the first request");
        assertEquals(onA, onB, "the same answer from either node");
        assertTrue(nodes.get(1).take("stay-document", "d2", 10, Duration.ofHours(1)).allowed(), "keys count apart");
        now.addAndGet(3_000_000);
        assertTrue(nodes.get(1).take("stay-document", "d1", 10, Duration.ofHours(1)).allowed(), "the window ended on time: a new one");
    }

    @Test
    void hundredsOfInterleavedRequestsOnTwoNodesAreEachCountedOnce() throws Exception {
        List<RequestQuota> nodes = twoNodes(100);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            RequestQuota node = nodes.get(i % 2);
            results.add(pool.submit(() -> {
                start.await();
                return node.take("stay-client", "c1", 250, Duration.ofMinutes(1)).allowed();
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Boolean> r : results) {
            allowed += r.get(120, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(250, allowed, "exactly the allowance, however 600 requests on two nodes interleave");
    }

    @Test
    void whenTheGridFailsTheNodeLimitsAlone() {
        com.hazelcast.core.HazelcastInstance alone = TestGrid.alone();
        RequestQuota quota = new RequestQuota(100, now::get, org.opentvs.platform.control.DataGrid.of(alone).map("quota"));
        assertTrue(quota.take("b", "k", 3, Duration.ofMinutes(1)).allowed(), "taken on the grid");
        alone.shutdown();
        for (int i = 0; i < 3; i++) {
            assertTrue(quota.take("b", "k", 3, Duration.ofMinutes(1)).allowed(), "request " + (i + 1) + " on this node");
        }
        assertFalse(quota.take("b", "k", 3, Duration.ofMinutes(1)).allowed(), "never unlimited: this node's own allowance");
    }

    @Test
    void theBoundIsTheClustersAndFullOfLiveWindowsANewKeyIsRefused() throws InterruptedException {
        List<RequestQuota> nodes = twoNodes(2);
        assertTrue(nodes.get(0).take("b", "1", 5, Duration.ofSeconds(10)).allowed());
        assertTrue(nodes.get(1).take("b", "2", 5, Duration.ofSeconds(10)).allowed());
        Thread.sleep(1_100); // the count of windows each node checks against is at most a second old
        assertFalse(nodes.get(0).take("b", "3", 5, Duration.ofSeconds(10)).allowed(), "fail closed: node B's window counts on node A");
        assertTrue(nodes.get(0).take("b", "1", 5, Duration.ofSeconds(10)).allowed(), "a key with a window is still answered");
        now.addAndGet(10_000);
        assertTrue(nodes.get(0).take("b", "3", 5, Duration.ofSeconds(10)).allowed(), "the ended windows were swept");
        assertEquals(1, nodes.get(1).tracked());
    }
}
