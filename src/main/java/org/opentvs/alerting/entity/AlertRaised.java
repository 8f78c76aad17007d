package org.opentvs.alerting.entity;

import java.util.List;

/** Fired inside the transaction that stored the alerts: they are pushed to officers only once committed. */
public record AlertRaised(List<AlertRow> alerts) {

    public AlertRaised {
        alerts = List.copyOf(alerts);
    }
}
