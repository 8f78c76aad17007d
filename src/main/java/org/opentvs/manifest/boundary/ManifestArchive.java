package org.opentvs.manifest.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.opentvs.manifest.entity.RawMessage;
import org.opentvs.manifest.entity.Submission;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.DataCipher;
import org.opentvs.platform.control.Sha256;
import org.opentvs.security.control.AuditTrail;

/**
 * The raw-message archive. Each method commits on its own, so the bytes are kept before parsing
 * and a failure is recorded even when the ingestion that found it rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ManifestArchive {

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public RawMessage archive(Submission submission) {
        byte[] body = submission.body();
        RawMessage raw = new RawMessage(submission.channel().name(), submission.caller().auditName(), body.length,
                Sha256.hex(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1)), cipher.encrypt(body), clock.now());
        em.persist(raw);
        return raw;
    }

    public void quarantine(UUID rawId, String code, String message, String segment, Integer segmentNumber) {
        RawMessage raw = em.find(RawMessage.class, rawId);
        raw.quarantine(code, message, segment, segmentNumber, clock.now());
        audit.record(raw.submittedBy(), "QUARANTINE", "raw_message", rawId, code + (segment == null ? "" : " at " + segment));
    }

    /**
     * Keeps a message that never got through reception (an empty one, or one that failed in every
     * delivery from the queue), quarantined at once with the reason, so it can be re-processed.
     */
    public RawMessage quarantineUnprocessed(Submission submission, String code, String message) {
        RawMessage raw = archive(submission);
        raw.quarantine(code, message, null, null, clock.now());
        audit.record(raw.submittedBy(), "QUARANTINE", "raw_message", raw.id(), code);
        return raw;
    }

    public void refuse(UUID rawId, String carrier, String message) {
        RawMessage raw = em.find(RawMessage.class, rawId);
        raw.refuse("OUT_OF_SCOPE", message, clock.now());
        audit.record(raw.submittedBy(), "REFUSE", "raw_message", rawId, "carrier " + carrier + " outside scope");
    }

    public void reprocessed(UUID quarantinedId, UUID newRawId) {
        em.find(RawMessage.class, quarantinedId).reprocessedAs(newRawId, clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RawMessage find(UUID id) {
        return em.find(RawMessage.class, id);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] body(RawMessage raw) {
        return cipher.decrypt(raw.sealedBody());
    }
}
