package org.opentvs.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Caller;

/** Audit events that must survive the refusal they record (their own transaction). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditLog {

    @Inject
    AuditTrail trail;

    public void refused(Caller caller, String objectType, Object objectId, String reason) {
        trail.record(caller, "REFUSE", objectType, objectId, reason);
    }
}
