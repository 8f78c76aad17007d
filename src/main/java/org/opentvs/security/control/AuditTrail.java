package org.opentvs.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.entity.AuditEvent;
import org.opentvs.security.entity.Caller;

/** Writes audit events in the caller's transaction: the event commits with the read or change it records. */
@Dependent
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(Caller caller, String action, String objectType, Object objectId, String detail) {
        record(caller == null ? "system" : caller.auditName(), action, objectType, objectId, detail);
    }

    public void record(String actor, String action, String objectType, Object objectId, String detail) {
        em.persist(new AuditEvent(clock.now(), actor, action, objectType, objectId == null ? null : objectId.toString(), detail));
    }
}
