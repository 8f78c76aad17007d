package org.opentvs.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.entity.AuditEvent;
import org.opentvs.security.entity.Caller;

/**
 * Writes audit events in the caller's transaction: the event commits with the read or change it
 * records. Other contexts read the trail only through {@link #newest}.
 */
@Dependent
public class AuditTrail {

    /** What an audit event recorded about its object: the object's id and the detail. */
    public record Recorded(String objectId, String detail) {
    }

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

    /** The newest event of an actor's action on a type of object (retention's anchored receipt head). */
    public Optional<Recorded> newest(String actor, String action, String objectType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select object_id, detail from audit_event where action = ? and object_type = ?"
                + " and actor = ? order by id desc limit 1").setParameter(1, action).setParameter(2, objectType).setParameter(3, actor)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Recorded((String) r[0], (String) r[1]));
    }
}
