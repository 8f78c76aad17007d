package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.opentvs.alerting.entity.Alert;
import org.opentvs.alerting.entity.AlertKind;
import org.opentvs.alerting.entity.AlertLocation;
import org.opentvs.alerting.entity.AlertRow;
import org.opentvs.platform.control.Clock;

/** Stores one alert in the caller's transaction and returns it as officers will see it (with its sequence number). */
@Dependent
public class Alerts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertRows rows;

    @Inject
    Clock clock;

    public AlertRow raise(AlertKind kind, AlertLocation where, UUID travelerId, UUID hotlistEntryId, String category,
            Float biometricScore, Float watchlistScore, String agreement) {
        Alert alert = new Alert(kind, where, clock.now());
        alert.concerns(travelerId, hotlistEntryId, category, biometricScore, watchlistScore, agreement);
        em.persist(alert);
        em.flush();
        return rows.byId(alert.id()).orElseThrow();
    }
}
