package org.opentvs.verification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.platform.control.DataGrid;
import org.opentvs.platform.control.SharedMap;

/**
 * Counts consecutive unsuccessful captures per device (and occupant) so the device can ask for a
 * recapture first and send the traveler to an officer after that. A success, or two minutes of
 * quiet, starts the count again. In a data grid the count is the cluster's (a device's next capture
 * may reach another node) and costs no lock: a capture reads the count once ({@link #current}), a
 * match clears it only when there was one, a failure adds one by compare-and-set ({@link #failed}).
 * Should the grid not answer, this node counts alone until it does. It counts from the last count it
 * saw or wrote (a shadow kept per device; a failure counted so is written back to the grid without
 * waiting, the last write winning), and it waits for the grid's read at most
 * {@code opentvs.verification.attempts.grid-wait-millis} (50): when a member dies, operations on its
 * partitions wait until the others have noticed (0.6 s measured), and a verification that waited
 * that long behind each of them filled the capacity gate and refused 100 travelers at 200/s.
 */
@ApplicationScoped
public class AttemptCounter {

    private static final Logger LOG = Logger.getLogger(AttemptCounter.class.getName());
    private static final long WINDOW_SECONDS = 120;
    private static final long WINDOW_MILLIS = WINDOW_SECONDS * 1_000L;
    private static final int MAX_DEVICES = 50_000;
    private static final int CAS_ROUNDS = 16;
    /** Not a value the grid holds: the read did not come in time. */
    private static final String UNANSWERED = new String("unanswered");

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "opentvs.verification.attempts.grid-wait-millis", defaultValue = "50")
    long gridWaitMillis = 50;

    /** Per key "failures@epoch-millis of the last one" (a plain string: any node can read it). */
    private SharedMap<String, String> shared;
    /** This node's own counts: all of them without a grid, else a shadow of the last this node saw written. */
    private final Map<String, String> byDevice = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        shared = grid != null && grid.clustered() ? grid.map("opentvs.verification.attempts") : null;
    }

    /** @return which attempt a capture from this device is (1 for the first, or after a success) */
    public int current(String deviceKey) {
        if (shared != null) {
            String known = read(deviceKey);
            if (known != UNANSWERED) {
                if (known != null) {
                    shadow(deviceKey, known);
                } else {
                    byDevice.remove(deviceKey);
                }
                return failures(known, System.currentTimeMillis()) + 1;
            }
        }
        return failures(byDevice.get(deviceKey), System.currentTimeMillis()) + 1;
    }

    /** The grid's value for the key, or {@link #UNANSWERED} when it did not come in time. */
    private String read(String deviceKey) {
        try {
            return shared.getAsync(deviceKey).get(gridWaitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.fine("The data grid did not read an attempt count in time; counting on this node");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            LOG.log(Level.WARNING, "The data grid did not read an attempt count; counting on this node", e);
        }
        return UNANSWERED;
    }

    /** Records an unsuccessful capture. @return which attempt it was (the failures counted now) */
    public int failed(String deviceKey) {
        long now = System.currentTimeMillis();
        if (shared != null) {
            try {
                for (int round = 0; round < CAS_ROUNDS; round++) {
                    // a read that does not come in time means the key's partition is waiting for a lost member: count here
                    String known = read(deviceKey);
                    if (known == UNANSWERED) {
                        // counted from this node's shadow and written back without waiting: the grid has it once it answers
                        int here = countHere(deviceKey, now);
                        shared.setAsync(deviceKey, value(here, now), WINDOW_SECONDS);
                        return here;
                    }
                    int next = failures(known, now) + 1;
                    if (known == null
                            ? shared.putIfAbsent(deviceKey, value(next, now), WINDOW_SECONDS)
                            : shared.replace(deviceKey, known, value(next, now))) {
                        shadow(deviceKey, value(next, now));
                        return next;
                    }
                }
                LOG.warning("The data grid's attempt count kept changing under this node; counting on this node");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The data grid did not count an attempt; counting on this node", e);
            }
        }
        return countHere(deviceKey, now);
    }

    private int countHere(String deviceKey, long now) {
        if (byDevice.size() > MAX_DEVICES) {
            byDevice.clear();
        }
        return failures(byDevice.compute(deviceKey, (k, known) -> value(failures(known, now) + 1, now)), now);
    }

    private void shadow(String deviceKey, String value) {
        if (byDevice.size() > MAX_DEVICES) {
            byDevice.clear();
        }
        byDevice.put(deviceKey, value);
    }

    /** A match: the count starts again. {@code attempt} is what {@link #current} said (1: nothing to clear). */
    public void succeeded(String deviceKey, int attempt) {
        byDevice.remove(deviceKey);
        if (shared != null && attempt > 1) {
            try {
                shared.remove(deviceKey);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The data grid did not reset an attempt count", e);
            }
        }
    }

    private static int failures(String value, long now) {
        if (value == null) {
            return 0;
        }
        int at = value.indexOf('@');
        if (at < 0 || now - Long.parseLong(value.substring(at + 1)) > WINDOW_MILLIS) {
            return 0;
        }
        return Integer.parseInt(value.substring(0, at));
    }

    private static String value(int failures, long at) {
        return failures + "@" + at;
    }
}
