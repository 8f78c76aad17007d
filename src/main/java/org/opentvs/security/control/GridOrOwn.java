package org.opentvs.security.control;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A limit's windows in the data grid and this node's own as the fallback: steps run on the grid's;
 * should the grid fail, they run again on the node's own, which then limit this node alone (as
 * before there was a grid: never unlimited) until the grid answers. A step the grid did before it
 * failed stays done there, so an attempt may count twice, never not at all. The failure is logged
 * at most once a minute (an outage must not become a flood of stack traces). Without a grid there
 * is only the node's own.
 */
final class GridOrOwn<W> {

    private static final long WARN_NANOS = 60_000_000_000L;

    private final W primary;
    private final W own;
    private final Logger log;
    private final String what;
    private final AtomicLong nextWarning = new AtomicLong(System.nanoTime());

    /** @param own the fallback; null when {@code primary} is already this node's own */
    GridOrOwn(W primary, W own, Logger log, String what) {
        this.primary = primary;
        this.own = own;
        this.log = log;
        this.what = what;
    }

    <T> T apply(Function<W, T> steps) {
        if (own == null) {
            return steps.apply(primary);
        }
        try {
            return steps.apply(primary);
        } catch (RuntimeException e) {
            long due = nextWarning.get();
            if (System.nanoTime() - due >= 0 && nextWarning.compareAndSet(due, System.nanoTime() + WARN_NANOS)) {
                log.log(Level.WARNING, "The data grid did not answer the " + what + "; this node counts alone until it does", e);
            }
            return steps.apply(own);
        }
    }

    /** This node's own windows when there is a grid besides them, else null. */
    W own() {
        return own;
    }
}
