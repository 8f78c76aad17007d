package org.opentvs.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** The throttle of one process; {@link LoginThrottleGridTest} runs the same tests on the data grid. */
class LoginThrottleTest {

    final AtomicLong now = new AtomicLong(1_000_000);
    final LoginThrottle throttle = create(new LoginThrottle.Policy(10, 50, Duration.ofMinutes(15), Duration.ofMinutes(15), 1_000),
            now::get);

    LoginThrottle create(LoginThrottle.Policy policy, LongSupplier clock) {
        return new LoginThrottle(policy, clock);
    }

    /** Waits until the throttle sees how many windows it holds (at once in memory). */
    void settle() throws InterruptedException {
        // nothing to wait for in memory
    }

    @Test
    void anAccountGetsTenAttemptsThenIsLockedEvenForTheRightPassword() {
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.attempt("alice", "10.0.0.1").allowed(), "attempt " + (i + 1));
        }
        LoginThrottle.Verdict eleventh = throttle.attempt("alice", "10.0.0.1");
        assertFalse(eleventh.allowed());
        assertEquals(900, eleventh.retryAfterSeconds());
        assertNotNull(eleventh.newLock(), "the lock that starts is reported once (for the audit trail)");
        assertEquals(LoginThrottle.Kind.ACCOUNT, eleventh.newLock().kind());
        LoginThrottle.Verdict twelfth = throttle.attempt("alice", "10.0.0.2");
        assertFalse(twelfth.allowed(), "the account is locked from every address");
        assertNull(twelfth.newLock());
        assertTrue(throttle.attempt("bob", "10.0.0.1").allowed(), "other accounts from the same address still try");
    }

    @Test
    void theLockEndsAfterItsDurationAndRetryAfterCountsDown() {
        for (int i = 0; i < 11; i++) {
            throttle.attempt("alice", "10.0.0.1");
        }
        now.addAndGet(Duration.ofMinutes(10).toMillis());
        assertEquals(300, throttle.attempt("alice", "10.0.0.1").retryAfterSeconds());
        now.addAndGet(Duration.ofMinutes(5).toMillis());
        assertTrue(throttle.attempt("alice", "10.0.0.1").allowed(), "the lock expired: a fresh window");
        assertTrue(throttle.locks().isEmpty());
    }

    @Test
    void anAdministratorClearsALock() {
        for (int i = 0; i < 11; i++) {
            throttle.attempt("alice", "10.0.0.1");
        }
        assertEquals(1, throttle.locks().size());
        assertEquals("alice", throttle.locks().get(0).key());
        assertTrue(throttle.clear(LoginThrottle.Kind.ACCOUNT, "alice"));
        assertTrue(throttle.attempt("alice", "10.0.0.1").allowed());
        assertFalse(throttle.clear(LoginThrottle.Kind.ACCOUNT, "nobody"));
    }

    @Test
    void aSuccessResetsTheAccountAndGivesTheAddressItsAttemptBack() {
        for (int i = 0; i < 9; i++) {
            throttle.attempt("alice", "10.0.0.1");
        }
        throttle.succeeded("alice", "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.attempt("alice", "10.0.0.1").allowed());
        }
        for (int i = 0; i < 500; i++) {
            assertTrue(throttle.attempt("user" + (i % 5), "10.0.0.9").allowed(), "good sign-ins behind one address never lock it");
            throttle.succeeded("user" + (i % 5), "10.0.0.9");
        }
    }

    @Test
    void anUndecidedAttemptIsGivenBack() {
        for (int i = 0; i < 30; i++) {
            assertTrue(throttle.attempt("alice", "10.0.0.1").allowed(), "a directory outage locks nobody out");
            throttle.undecided("alice", "10.0.0.1");
        }
    }

    @Test
    void anAddressSprayingManyAccountsIsLockedAfterFiftyAndGivesTheAccountsBack() {
        for (int i = 0; i < 50; i++) {
            assertTrue(throttle.attempt("user" + i, "10.0.0.7").allowed());
        }
        LoginThrottle.Verdict refused = throttle.attempt("user-new", "10.0.0.7");
        assertFalse(refused.allowed());
        assertEquals(LoginThrottle.Kind.ADDRESS, refused.newLock().kind());
        assertFalse(throttle.attempt(null, "10.0.0.7").allowed(), "bearer tokens from that address too");
        assertTrue(throttle.attempt("user-new", "10.0.0.8").allowed(), "the account was not charged for the refused attempt");
    }

    @Test
    void concurrentGuessesNeverGetMoreThanTheAllowance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String address = "10.1.0." + (i % 200);
            results.add(pool.submit(() -> {
                start.await();
                return throttle.attempt("target", address).allowed();
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Boolean> r : results) {
            allowed += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(10, allowed, "exactly the account's allowance, however the 400 attempts interleave");
        assertEquals(1, throttle.locks().size());
    }

    @Test
    void theMapIsBoundedAndExpiredWindowsAreSwept() throws InterruptedException {
        for (int i = 0; i < 1_000; i++) {
            throttle.attempt(null, "10.2." + (i / 256) + "." + (i % 256));
        }
        settle();
        assertEquals(1_000, throttle.tracked());
        assertFalse(throttle.attempt(null, "10.3.0.1").allowed(), "full of live windows: a new key is refused, not stored");
        assertEquals(1_000, throttle.tracked());
        now.addAndGet(Duration.ofMinutes(16).toMillis());
        assertTrue(throttle.attempt(null, "10.3.0.1").allowed(), "the sweep made room");
        assertEquals(1, throttle.tracked(), "only the new window is left");
    }
}
