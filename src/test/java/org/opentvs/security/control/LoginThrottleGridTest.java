package org.opentvs.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.control.DataGrid;
import org.opentvs.platform.control.TestGrid;

/**
 * The throttle on two real data-grid members: every test of {@link LoginThrottleTest} on node A's
 * view of the grid, and attempts spread over node A and node B, which share one allowance.
 */
class LoginThrottleGridTest extends LoginThrottleTest {

    private static final LoginThrottle.Policy POLICY = new LoginThrottle.Policy(10, 50, Duration.ofMinutes(15),
            Duration.ofMinutes(15), 1_000);

    @Override
    LoginThrottle create(LoginThrottle.Policy policy, LongSupplier clock) {
        return new LoginThrottle(policy, clock, TestGrid.node(0).map("login-" + UUID.randomUUID()));
    }

    @Override
    void settle() throws InterruptedException {
        Thread.sleep(1_100); // the grid's count of windows is read at most once a second
    }

    private List<LoginThrottle> twoNodes(LoginThrottle.Policy policy) {
        String map = "login-" + UUID.randomUUID();
        return List.of(new LoginThrottle(policy, now::get, TestGrid.node(0).map(map)),
                new LoginThrottle(policy, now::get, TestGrid.node(1).map(map)));
    }

    @Test
    void failuresAlternatedBetweenTwoNodesLockTheAccountOnBothAtTheAllowance() {
        List<LoginThrottle> nodes = twoNodes(POLICY);
        LoginThrottle a = nodes.get(0);
        LoginThrottle b = nodes.get(1);
        for (int i = 0; i < 10; i++) {
            assertTrue(nodes.get(i % 2).attempt("alice", "10.0.0." + i).allowed(), "attempt " + (i + 1));
        }
        LoginThrottle.Verdict eleventh = a.attempt("alice", "10.0.0.20");
        assertFalse(eleventh.allowed(), "ten in total, five on each node");
        assertNotNull(eleventh.newLock());
        assertEquals(900, eleventh.retryAfterSeconds());
        LoginThrottle.Verdict onB = b.attempt("alice", "10.0.0.21");
        assertFalse(onB.allowed(), "locked on node B too");
        assertNull(onB.newLock(), "the lock started once in the cluster");
        assertEquals(a.locks(), b.locks());
        assertEquals(1, b.locks().size());
        assertEquals(10, b.locks().get(0).failures());

        assertTrue(b.clear(LoginThrottle.Kind.ACCOUNT, "alice"), "cleared on node B");
        assertTrue(a.locks().isEmpty());
        assertTrue(a.attempt("alice", "10.0.0.1").allowed(), "and node A lets the account try again");
        assertFalse(a.clear(LoginThrottle.Kind.ACCOUNT, "nobody"));
    }

    @Test
    void hundredsOfInterleavedAttemptsOnTwoNodesAreEachCountedOnce() throws Exception {
        List<LoginThrottle> nodes = twoNodes(new LoginThrottle.Policy(300, 1_000, Duration.ofMinutes(15), Duration.ofMinutes(15), 1_000));
        assertEquals(300, concurrently(nodes, 600, "target", false), "exactly the account's allowance of 300 of 600 attempts");
        assertEquals(300, nodes.get(1).locks().get(0).failures());

        assertEquals(400, concurrently(nodes, 400, "calm", true), "given back each time: never locked");
        assertTrue(nodes.get(0).locks().stream().noneMatch(l -> l.key().equals("calm")));
        assertEquals(1 + 30, nodes.get(0).tracked(), "the locked account and its 30 addresses (charged 10 each) are left;"
                + " every attempt of calm was given back exactly once, so its windows are gone");
    }

    @Test
    void theLockEndsOnTimeOnEveryNodeAndTheSweepEmptiesTheGrid() {
        List<LoginThrottle> nodes = twoNodes(POLICY);
        for (int i = 0; i < 11; i++) {
            nodes.get(i % 2).attempt("alice", "10.0.0.1");
        }
        now.addAndGet(Duration.ofMinutes(10).toMillis());
        assertEquals(300, nodes.get(1).attempt("alice", "10.0.0.1").retryAfterSeconds());
        now.addAndGet(Duration.ofMinutes(5).toMillis());
        assertTrue(nodes.get(1).attempt("alice", "10.0.0.1").allowed(), "the lock expired: a fresh window on node B");
        assertTrue(nodes.get(0).locks().isEmpty());
        now.addAndGet(Duration.ofMinutes(16).toMillis());
        nodes.get(0).attempt(null, "10.9.9.9");
        assertEquals(1, nodes.get(1).tracked(), "node A's sweep removed the ended windows wherever they were held");
    }

    @Test
    void whenTheGridFailsTheNodeThrottlesAloneAndClearsItsOwnLocks() {
        HazelcastInstance alone = TestGrid.alone();
        LoginThrottle throttle = new LoginThrottle(POLICY, now::get, DataGrid.of(alone).map("login"));
        assertTrue(throttle.attempt("alice", "10.0.0.1").allowed(), "counted on the grid");
        alone.shutdown();
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.attempt("alice", "10.0.0.1").allowed(), "attempt " + (i + 1) + " on this node");
        }
        assertFalse(throttle.attempt("alice", "10.0.0.1").allowed(), "never unthrottled: this node's own allowance");
        assertEquals(1, throttle.locks().size());
        assertTrue(throttle.clear(LoginThrottle.Kind.ACCOUNT, "alice"));
        assertTrue(throttle.attempt("alice", "10.0.0.1").allowed());
    }

    /**
     * {@code attempts} on {@code account} from 16 threads, alternating the nodes, from 30 addresses
     * in turn; {@code giveBack}: each followed by {@code undecided}. @return how many were allowed
     */
    private static int concurrently(List<LoginThrottle> nodes, int attempts, String account, boolean giveBack) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            LoginThrottle node = nodes.get(i % 2);
            String address = "10.4.0." + (i % 30);
            results.add(pool.submit(() -> {
                start.await();
                boolean allowed = node.attempt(account, address).allowed();
                if (giveBack && allowed) {
                    node.undecided(account, address);
                }
                return allowed;
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Boolean> r : results) {
            allowed += r.get(120, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        return allowed;
    }
}
