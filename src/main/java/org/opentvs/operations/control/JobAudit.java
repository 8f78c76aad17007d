package org.opentvs.operations.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.opentvs.security.control.AuditTrail;

/** Starts, stops and restarts of jobs in the audit trail, each in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobAudit {

    @Inject
    AuditTrail trail;

    public void record(String actor, String action, String job, long executionId, String detail) {
        trail.record(actor, action, "job", executionId, "job=" + job + (detail == null ? "" : " " + detail));
    }
}
