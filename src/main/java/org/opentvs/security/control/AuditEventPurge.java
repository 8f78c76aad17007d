package org.opentvs.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opentvs.platform.control.PurgeRule;

/**
 * Security's retention rule {@code AUDIT_EVENT}: an audit entry goes when it was written before the
 * cutoff. The trail is append-only; V0001's trigger allows a delete only with
 * {@code opentvs.retention_purge = 'on'}, switched on here for the chunk's transaction alone.
 */
@Dependent
public class AuditEventPurge implements PurgeRule {

    private static final String EXPIRED = "select cast(a.id as varchar) from audit_event a where a.id > cast(?1 as bigint) and a.at < ?2"
            + " order by a.id limit ?3 for update skip locked";

    @PersistenceContext
    EntityManager em;

    @Override
    public String category() {
        return "AUDIT_EVENT";
    }

    @Override
    public String beforeFirstKey() {
        return String.valueOf(Long.MIN_VALUE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> lockExpired(String after, Instant cutoff, int limit) {
        return em.createNativeQuery(EXPIRED).setParameter(1, after).setParameter(2, Timestamp.from(cutoff)).setParameter(3, limit)
                .getResultList();
    }

    @Override
    public int delete(List<String> keys) {
        em.createNativeQuery("select set_config('opentvs.retention_purge', 'on', true)").getSingleResult();
        return em.createNativeQuery("delete from audit_event where id = any(cast(?1 as bigint[]))")
                .setParameter(1, PurgeRule.array(keys)).executeUpdate();
    }
}
