package org.opentvs.alerting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opentvs.alerting.control.AlertRows;
import org.opentvs.alerting.control.AlertStream;
import org.opentvs.alerting.entity.AlertRaised;
import org.opentvs.alerting.entity.AlertRow;
import org.opentvs.alerting.entity.AlertUpdated;
import org.opentvs.platform.control.DataGrid;

/**
 * Pushes an alert committed on one node to the officers' streams connected to every other node in
 * the data grid: the grid carries the alert ids in the order they were raised, each node reads the
 * rows from PostgreSQL and sends them (the subscription drops a seq it has sent already). A
 * reconnect to any node resumes from PostgreSQL by {@code Last-Event-ID}.
 */
@ApplicationScoped
public class AlertReplication {

    static final String TOPIC = "opentvs.alert";

    @Inject
    DataGrid grid;

    @Inject
    AlertStream stream;

    @Inject
    AlertRows rows;

    @PostConstruct
    void listen() {
        grid.subscribe(TOPIC, this::apply);
    }

    /** Created with the application, so a node that has not yet used the bean still hears the others. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the subscription happens in listen()
    }

    void onRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised raised) {
        if (!raised.alerts().isEmpty()) {
            grid.publish(TOPIC, "raised:" + raised.alerts().stream().map(a -> a.id().toString()).collect(Collectors.joining(",")));
        }
    }

    void onUpdated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertUpdated updated) {
        grid.publish(TOPIC, "updated:" + updated.alert().id());
    }

    private void apply(String message) {
        int colon = message.indexOf(':');
        String what = message.substring(0, colon);
        for (String id : message.substring(colon + 1).split(",")) {
            AlertRow row = rows.byId(UUID.fromString(id)).orElse(null);
            if (row == null || stream.connected() == 0) {
                continue;
            }
            if (what.equals("raised")) {
                stream.push(row);
            } else {
                stream.update(row);
            }
        }
    }
}
