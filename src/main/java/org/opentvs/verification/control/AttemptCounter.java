package org.opentvs.verification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opentvs.platform.control.DataGrid;

/**
 * Counts consecutive unsuccessful captures per device (and occupant) so the device can ask for a
 * recapture first and send the traveler to an officer after that. A success, or two minutes of
 * quiet, starts the count again. In a data grid the count is the cluster's (a device's next capture
 * may reach another node); should the grid not answer, this node counts alone until it does.
 */
@ApplicationScoped
public class AttemptCounter {

    private static final Logger LOG = Logger.getLogger(AttemptCounter.class.getName());
    private static final long WINDOW_SECONDS = 120;
    private static final long WINDOW_NANOS = WINDOW_SECONDS * 1_000_000_000L;
    private static final int MAX_DEVICES = 50_000;

    private record Attempts(int count, long lastNanos) {
    }

    @Inject
    DataGrid grid;

    private DataGrid.Shared<String, Integer> shared;
    private final Map<String, Attempts> byDevice = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        shared = grid.clustered() ? grid.map("opentvs.verification.attempts") : null;
    }

    /** @return which attempt this is (1 for the first) */
    public int next(String deviceKey) {
        if (shared != null) {
            try {
                return shared.update(deviceKey, n -> n == null ? 1 : n + 1, WINDOW_SECONDS);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The data grid did not count an attempt; counting on this node", e);
            }
        }
        long now = System.nanoTime();
        if (byDevice.size() > MAX_DEVICES) {
            byDevice.clear();
        }
        return byDevice.compute(deviceKey, (k, a) -> a == null || now - a.lastNanos() > WINDOW_NANOS
                ? new Attempts(1, now) : new Attempts(a.count() + 1, now)).count();
    }

    public void succeeded(String deviceKey) {
        byDevice.remove(deviceKey);
        if (shared != null) {
            try {
                shared.remove(deviceKey);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The data grid did not reset an attempt count", e);
            }
        }
    }
}
