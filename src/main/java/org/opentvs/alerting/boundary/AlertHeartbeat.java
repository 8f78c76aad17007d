package org.opentvs.alerting.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.opentvs.alerting.control.AlertStream;

/** Every 15 s a comment on every open alert stream: keeps idle connections through proxies, drops dead ones. */
@Singleton
public class AlertHeartbeat {

    @Inject
    AlertStream stream;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void beat() {
        stream.heartbeat();
    }
}
