package org.opentvs.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestQuotaTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void anAllowancePerWindowThenRetryAfterTheRest() {
        RequestQuota quota = new RequestQuota(100, now::get);
        for (int i = 0; i < 3; i++) {
            assertTrue(quota.take("b", "k", 3, Duration.ofSeconds(60)).allowed());
        }
        now.addAndGet(20_000);
        RequestQuota.Verdict refused = quota.take("b", "k", 3, Duration.ofSeconds(60));
        assertFalse(refused.allowed());
        assertEquals(40, refused.retryAfterSeconds());
        assertTrue(quota.take("b", "other", 3, Duration.ofSeconds(60)).allowed(), "keys count apart");
        assertTrue(quota.take("c", "k", 3, Duration.ofSeconds(60)).allowed(), "buckets count apart");
        now.addAndGet(40_000);
        assertTrue(quota.take("b", "k", 3, Duration.ofSeconds(60)).allowed(), "a new window");
    }

    @Test
    void concurrentRequestsNeverGetMoreThanTheAllowance() throws InterruptedException {
        RequestQuota quota = new RequestQuota(100, now::get);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 400; i++) {
            pool.execute(() -> {
                if (quota.take("b", "k", 25, Duration.ofMinutes(1)).allowed()) {
                    allowed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(25, allowed.get());
    }

    @Test
    void fullOfLiveWindowsANewKeyIsRefusedUntilOneEnds() {
        RequestQuota quota = new RequestQuota(2, now::get);
        assertTrue(quota.take("b", "1", 5, Duration.ofSeconds(10)).allowed());
        assertTrue(quota.take("b", "2", 5, Duration.ofSeconds(10)).allowed());
        assertFalse(quota.take("b", "3", 5, Duration.ofSeconds(10)).allowed(), "fail closed");
        now.addAndGet(10_000);
        assertTrue(quota.take("b", "3", 5, Duration.ofSeconds(10)).allowed());
        assertTrue(quota.tracked() <= 2);
    }
}
