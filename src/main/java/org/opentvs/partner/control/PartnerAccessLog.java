package org.opentvs.partner.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.UUID;
import org.opentvs.partner.entity.PartnerQuery;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.control.AuditTrail;

/**
 * Writes each partner query into {@code partner_query} (the access report) and the audit trail: an
 * answered one with the answer's transaction, a refused one in a transaction of its own so that the
 * refusal survives it.
 */
@Stateless
public class PartnerAccessLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void answered(PartnerQuery q) {
        write(q);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(PartnerQuery q) {
        write(q);
    }

    private void write(PartnerQuery q) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into partner_query (id, at, partner, client, outcome, document_number, document_country, found,"
                + " records, fields) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, Timestamp.from(clock.now())).setParameter(3, q.partner()).setParameter(4, q.client())
                .setParameter(5, q.outcome().name()).setParameter(6, q.documentNumber()).setParameter(7, q.documentCountry())
                .setParameter(8, q.found()).setParameter(9, q.records()).setParameter(10, q.fields()).executeUpdate();
        audit.record(q.client(), q.outcome() == PartnerQuery.Outcome.ANSWERED ? "READ" : "REFUSE", "partner-record", id,
                "partner=" + q.partner() + " outcome=" + q.outcome() + " found=" + q.found() + " records=" + q.records());
    }
}
