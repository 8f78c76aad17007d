package org.opentvs.alerting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import org.opentvs.alerting.control.ActionableSubjects;
import org.opentvs.alerting.control.WatchlistChanged;
import org.opentvs.alerting.control.WatchlistIndex;
import org.opentvs.alerting.entity.HotlistChanged;
import org.opentvs.platform.control.DataGrid;

/**
 * Keeps every node's screening state in step: a watch-list change, a hotlist validation or
 * dismissal committed on one node reaches the others over the data grid as ids, and each reads the
 * entry from PostgreSQL. Only the node where the change was made rescreens (once in the cluster).
 */
@ApplicationScoped
public class WatchlistReplication {

    static final String TOPIC = "opentvs.watchlist";

    @Inject
    DataGrid grid;

    @Inject
    WatchlistIndex watchlist;

    @Inject
    ActionableSubjects actionable;

    @PostConstruct
    void listen() {
        grid.subscribe(TOPIC, this::apply);
    }

    /** Created with the application, so a node that has not yet used the bean still hears the others. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the subscription happens in listen()
    }

    void onWatchlistChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WatchlistChanged change) {
        grid.publish(TOPIC, "entry:" + change.entryId());
    }

    void onHotlistChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HotlistChanged changed) {
        for (HotlistChanged.Change c : changed.changes()) {
            grid.publish(TOPIC, "hotlist:" + c.hotlistId() + ":" + c.subjectId() + ":" + c.actionable());
        }
    }

    private void apply(String message) {
        String[] part = message.split(":");
        if (part[0].equals("entry") && part.length == 2) {
            watchlist.refresh(UUID.fromString(part[1]));
        } else if (part[0].equals("hotlist") && part.length == 4) {
            actionable.changedElsewhere(new HotlistChanged.Change(UUID.fromString(part[1]), UUID.fromString(part[2]),
                    Boolean.parseBoolean(part[3])));
        }
    }
}
