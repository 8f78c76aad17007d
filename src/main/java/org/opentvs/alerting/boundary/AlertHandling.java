package org.opentvs.alerting.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.opentvs.alerting.control.AlertRows;
import org.opentvs.alerting.control.SubjectRecord;
import org.opentvs.alerting.control.SubjectRecords;
import org.opentvs.alerting.entity.Alert;
import org.opentvs.alerting.entity.AlertRow;
import org.opentvs.alerting.entity.AlertUpdated;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.control.ScopePolicy;
import org.opentvs.security.entity.Caller;

/** What officers do with alerts: list them, open the traveler's record, acknowledge, resolve. All audited, all within their ports. */
@Stateless
public class AlertHandling {

    static final int MAX_RESOLUTION = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertRows rows;

    @Inject
    SubjectRecords subjects;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<AlertUpdated> updated;

    public List<AlertRow> list(Caller caller, String status, String port, int limit) {
        List<AlertRow> list = rows.recent(ScopePolicy.of(caller), status, port, limit);
        audit.record(caller, "READ", "alert", null, "rows=" + list.size() + (port == null ? "" : " port=" + port));
        return list;
    }

    public void streamOpened(Caller caller, long lastEventId) {
        audit.record(caller, "READ", "alert-stream", null, "from seq " + lastEventId);
    }

    public SubjectRecord traveler(UUID alertId, Caller caller) {
        AlertRow alert = visible(alertId, caller);
        if (alert.travelerId() == null) {
            throw ApiException.notFound("A traveler for alert " + alertId);
        }
        SubjectRecord record = subjects.record(alert.travelerId());
        if (record == null) {
            throw ApiException.notFound("Traveler " + alert.travelerId());
        }
        audit.record(caller, "READ", "traveler", alert.travelerId(), "via alert " + alertId);
        return record;
    }

    public AlertRow acknowledge(UUID id, Caller caller) {
        return change(id, caller, a -> a.acknowledge(caller.auditName(), clock.now()), "ACKNOWLEDGE", null);
    }

    public AlertRow resolve(UUID id, Caller caller, String resolution) {
        if (resolution != null && resolution.length() > MAX_RESOLUTION) {
            throw ApiException.invalid("RESOLUTION_TOO_LONG", "A resolution may have at most " + MAX_RESOLUTION + " characters");
        }
        return change(id, caller, a -> a.resolve(caller.auditName(), clock.now(), resolution), "RESOLVE", resolution);
    }

    private AlertRow change(UUID id, Caller caller, java.util.function.Consumer<Alert> action, String verb, String detail) {
        visible(id, caller);
        Alert alert = em.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE);
        try {
            action.accept(alert);
        } catch (IllegalStateException e) {
            throw new ApiException(409, "ALERT_STATE", e.getMessage(), java.util.Map.of("status", alert.status().name()));
        }
        em.flush();
        audit.record(caller, verb, "alert", id, detail);
        AlertRow row = rows.byId(id).orElseThrow();
        updated.fire(new AlertUpdated(row));
        return row;
    }

    private AlertRow visible(UUID id, Caller caller) {
        AlertRow alert = rows.byId(id).orElseThrow(() -> ApiException.notFound("Alert " + id));
        if (!ScopePolicy.of(caller).covers(alert.carrier(), alert.port())) {
            throw ApiException.forbidden("Alert " + id + " is at a port outside your scope");
        }
        return alert;
    }
}
