package org.opentvs.verification.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts consecutive unsuccessful captures per device (and occupant) so the device can ask for a
 * recapture first and send the traveler to an officer after that. A success, or two minutes of
 * quiet, starts the count again.
 */
@ApplicationScoped
public class AttemptCounter {

    private static final long WINDOW_NANOS = 120_000_000_000L;
    private static final int MAX_DEVICES = 50_000;

    private record Attempts(int count, long lastNanos) {
    }

    private final Map<String, Attempts> byDevice = new ConcurrentHashMap<>();

    /** @return which attempt this is (1 for the first) */
    public int next(String deviceKey) {
        long now = System.nanoTime();
        if (byDevice.size() > MAX_DEVICES) {
            byDevice.clear();
        }
        return byDevice.compute(deviceKey, (k, a) -> a == null || now - a.lastNanos() > WINDOW_NANOS
                ? new Attempts(1, now) : new Attempts(a.count() + 1, now)).count();
    }

    public void succeeded(String deviceKey) {
        byDevice.remove(deviceKey);
    }
}
