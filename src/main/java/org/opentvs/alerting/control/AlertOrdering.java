package org.opentvs.alerting.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Puts live alerts in seq order before they are pushed. Alerts raised on different nodes reach a
 * node's streams by different ways (its own commit at once, another node's over the data grid a few
 * milliseconds later), so they can arrive out of seq order. Each alert waits here until it is
 * {@code window} old; then it and every alert of a lower seq still waiting go out, lowest first.
 * One that arrives later than the window behind a higher seq is still sent, never dropped.
 */
public final class AlertOrdering<T> {

    /** One waiting alert: its seq and when it arrived. */
    private record Waiting<T>(long seq, long arrivedNanos, T alert) {
    }

    private final long windowNanos;
    private final PriorityQueue<Waiting<T>> waiting = new PriorityQueue<>(Comparator.comparingLong(Waiting::seq));

    public AlertOrdering(long windowMillis) {
        this.windowNanos = windowMillis * 1_000_000L;
    }

    public synchronized void offer(long seq, T alert, long nowNanos) {
        waiting.add(new Waiting<>(seq, nowNanos, alert));
    }

    public synchronized boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** The alerts due at {@code nowNanos}, in seq order; they leave the queue. */
    public synchronized List<T> due(long nowNanos) {
        long highestDue = Long.MIN_VALUE;
        for (Waiting<T> w : waiting) {
            if (nowNanos - w.arrivedNanos() >= windowNanos && w.seq() > highestDue) {
                highestDue = w.seq();
            }
        }
        List<T> due = new ArrayList<>();
        while (!waiting.isEmpty() && waiting.peek().seq() <= highestDue) {
            due.add(waiting.poll().alert());
        }
        return due;
    }
}
