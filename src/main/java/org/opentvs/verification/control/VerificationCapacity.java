package org.opentvs.verification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.platform.control.DataGrid;

/**
 * How many verifications run at once. Beyond that a call waits briefly and is then refused with
 * 503, so an overload degrades into fast refusals the device can retry instead of a queue that
 * exhausts threads and connections. {@code max-concurrent} bounds this node; {@code
 * cluster-max-concurrent} (when set) bounds the cluster, shared evenly among the nodes in the data
 * grid and re-shared when one joins or leaves, so no permit costs a network round trip.
 */
@ApplicationScoped
public class VerificationCapacity {

    private static final Logger LOG = Logger.getLogger(VerificationCapacity.class.getName());

    @Inject
    @ConfigProperty(name = "opentvs.verification.max-concurrent", defaultValue = "24")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "opentvs.verification.cluster-max-concurrent", defaultValue = "0")
    int clusterMaxConcurrent;

    @Inject
    @ConfigProperty(name = "opentvs.verification.queue-millis", defaultValue = "250")
    long queueMillis;

    @Inject
    DataGrid grid;

    private static final class Permits extends Semaphore {

        Permits(int permits) {
            super(permits, true);
        }

        void shrink(int by) {
            reducePermits(by);
        }
    }

    private Permits permits;
    private int limit;

    @PostConstruct
    void init() {
        limit = Math.max(1, maxConcurrent);
        permits = new Permits(limit);
        if (clusterMaxConcurrent > 0) {
            grid.onMembers(this::share);
        }
    }

    /** This node's share of the cluster's limit, never above its own. */
    static int share(int nodeLimit, int clusterLimit, int members) {
        int node = Math.max(1, nodeLimit);
        if (clusterLimit <= 0) {
            return node;
        }
        int each = (clusterLimit + Math.max(1, members) - 1) / Math.max(1, members);
        return Math.max(1, Math.min(node, each));
    }

    synchronized void share(int members) {
        int next = share(maxConcurrent, clusterMaxConcurrent, members);
        if (next > limit) {
            permits.release(next - limit);
        } else if (next < limit) {
            permits.shrink(limit - next);
        }
        if (next != limit) {
            LOG.info("Verification capacity of this node: " + next + " at once (" + members + " node(s))");
        }
        limit = next;
    }

    public int limit() {
        return limit;
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
