package org.opentvs.verification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many verifications run at once. Beyond that a call waits briefly and is then refused with
 * 503, so an overload degrades into fast refusals the device can retry instead of a queue that
 * exhausts threads and connections.
 */
@ApplicationScoped
public class VerificationCapacity {

    @Inject
    @ConfigProperty(name = "opentvs.verification.max-concurrent", defaultValue = "24")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "opentvs.verification.queue-millis", defaultValue = "250")
    long queueMillis;

    private Semaphore permits;

    @PostConstruct
    void init() {
        permits = new Semaphore(Math.max(1, maxConcurrent), true);
    }

    public boolean enter() {
        try {
            return permits.tryAcquire(queueMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void leave() {
        permits.release();
    }
}
