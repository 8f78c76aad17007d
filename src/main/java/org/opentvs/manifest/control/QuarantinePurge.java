package org.opentvs.manifest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opentvs.platform.control.PurgeRule;

/**
 * Manifest's retention rule {@code QUARANTINED_MESSAGE}: a raw message still in quarantine goes when
 * it was received before the cutoff and no manifest refers to it. That condition is a scalar subquery,
 * evaluated per candidate message by index ({@code manifest_raw_message}); as a join or NOT EXISTS the
 * planner may scan the manifests from their start on every chunk, quadratic over a purge.
 */
@Dependent
public class QuarantinePurge implements PurgeRule {

    private static final String EXPIRED = "select cast(r.id as varchar) from raw_message r where r.id > cast(?1 as uuid)"
            + " and r.status = 'QUARANTINED' and r.received_at < ?2"
            + " and not coalesce((select true from manifest m where m.raw_message_id = r.id limit 1), false)"
            + " order by r.id limit ?3 for update skip locked";

    @PersistenceContext
    EntityManager em;

    @Override
    public String category() {
        return "QUARANTINED_MESSAGE";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> lockExpired(String after, Instant cutoff, int limit) {
        return em.createNativeQuery(EXPIRED).setParameter(1, after).setParameter(2, Timestamp.from(cutoff)).setParameter(3, limit)
                .getResultList();
    }

    @Override
    public int delete(List<String> keys) {
        return em.createNativeQuery("delete from raw_message where id = any(cast(?1 as uuid[]))")
                .setParameter(1, PurgeRule.array(keys)).executeUpdate();
    }
}
