package org.opentvs.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.opentvs.alerting.entity.AlertRaised;
import org.opentvs.alerting.entity.AlertRow;
import org.opentvs.alerting.entity.AlertUpdated;

/** The connected officers' devices. Alerts are pushed only after the transaction that stored them committed. */
@ApplicationScoped
public class AlertStream {

    private static final Logger LOG = Logger.getLogger(AlertStream.class.getName());

    private final Set<AlertSubscription> subscriptions = ConcurrentHashMap.newKeySet();

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

    public void push(AlertRow row) {
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
