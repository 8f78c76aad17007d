package org.opentvs.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The threshold's refresh: one call reads configuration again, and a slow read holds up nobody else. */
class MatchThresholdTest {

    /** A configuration whose n-th read answers 0.6 + n/10, and whose second read waits until released. */
    private static final class SlowConfig extends MatchPolicy {

        final AtomicInteger reads = new AtomicInteger();
        final CountDownLatch reading = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        float read(String algorithm) {
            int n = reads.getAndIncrement();
            if (n == 1) {
                reading.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return 0.6f + n / 10f;
        }
    }

    @Test
    void whileOneCallReadsAgainTheOthersUseTheValueTheyHave() throws Exception {
        SlowConfig policy = new SlowConfig();
        policy.refreshNanos = 0;
        assertEquals(0.6f, policy.threshold("cosine-v1"), 1e-6);
        CompletableFuture<Float> slow = CompletableFuture.supplyAsync(() -> policy.threshold("cosine-v1"));
        policy.reading.await(10, TimeUnit.SECONDS);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 1_000; i++) {
                assertEquals(0.6f, policy.threshold("cosine-v1"), 1e-6, "the last value serves while the read waits");
            }
        });
        assertEquals(2, policy.reads.get(), "only one call read again");
        policy.release.countDown();
        assertEquals(0.7f, slow.get(10, TimeUnit.SECONDS), 1e-6);
        assertEquals(0.8f, policy.threshold("cosine-v1"), 1e-6, "once read, the next due refresh reads again");
    }

    @Test
    void aFailedReadKeepsTheLastValue() {
        AtomicInteger reads = new AtomicInteger();
        MatchPolicy policy = new MatchPolicy() {

            @Override
            float read(String algorithm) {
                if (reads.getAndIncrement() == 1) {
                    throw new IllegalStateException("configuration unreachable");
                }
                return 0.55f;
            }
        };
        policy.refreshNanos = 0;
        assertEquals(0.55f, policy.threshold("cosine-v1"), 1e-6);
        assertEquals(0.55f, policy.threshold("cosine-v1"), 1e-6, "the failed read answers the last value");
        assertEquals(0.55f, policy.threshold("cosine-v1"), 1e-6, "and the next read is tried again");
        assertEquals(3, reads.get());
    }
}
