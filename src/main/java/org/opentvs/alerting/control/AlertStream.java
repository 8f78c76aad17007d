package org.opentvs.alerting.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.alerting.entity.AlertRaised;
import org.opentvs.alerting.entity.AlertRow;
import org.opentvs.alerting.entity.AlertUpdated;

/**
 * The connected officers' devices. Alerts are pushed only after the transaction that stored them
 * committed, in seq order: live alerts wait {@code opentvs.alerts.order-window-ms} (default 200) in
 * {@link AlertOrdering} so that one raised on another node a moment earlier is sent first; 0 sends
 * each at once in arrival order.
 */
@ApplicationScoped
public class AlertStream {

    private static final Logger LOG = Logger.getLogger(AlertStream.class.getName());

    private static final long TICK_MILLIS = 25;

    private final Set<AlertSubscription> subscriptions = ConcurrentHashMap.newKeySet();

    @Inject
    @ConfigProperty(name = "opentvs.alerts.order-window-ms", defaultValue = "200")
    long orderWindowMillis;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private AlertOrdering<AlertRow> ordering;
    private ScheduledFuture<?> flushing;

    @PostConstruct
    void start() {
        ordering = new AlertOrdering<>(Math.max(0, orderWindowMillis));
        if (orderWindowMillis > 0) {
            flushing = scheduler.scheduleWithFixedDelay(this::flush, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
    }

    public void add(AlertSubscription subscription) {
        subscriptions.add(subscription);
    }

    public int connected() {
        return subscriptions.size();
    }

    void onRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised raised) {
        for (AlertRow row : raised.alerts()) {
            push(row);
        }
    }

    void onUpdated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertUpdated updated) {
        update(updated.alert());
    }

    public void update(AlertRow row) {
        subscriptions.removeIf(s -> !s.open());
        subscriptions.forEach(s -> s.update(row));
    }

    /** Queues a live alert for the streams; it goes out in seq order within the order window. */
    public void push(AlertRow row) {
        if (flushing == null) {
            send(row);
        } else {
            ordering.offer(row.seq(), row, System.nanoTime());
        }
    }

    void flush() {
        try {
            if (!ordering.isEmpty()) {
                ordering.due(System.nanoTime()).forEach(this::send);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Alert push failed: " + e);
        }
    }

    private void send(AlertRow row) {
        subscriptions.removeIf(s -> !s.open());
        for (AlertSubscription s : subscriptions) {
            try {
                s.deliver(row);
            } catch (RuntimeException e) {
                LOG.fine(() -> "Dropping a disconnected alert subscriber: " + e);
                s.close();
            }
        }
    }

    /** Keeps idle connections alive through proxies and finds the ones that went away. */
    public void heartbeat() {
        subscriptions.removeIf(s -> !s.open());
        subscriptions.forEach(AlertSubscription::heartbeat);
    }
}
