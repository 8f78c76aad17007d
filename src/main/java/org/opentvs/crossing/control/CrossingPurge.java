package org.opentvs.crossing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opentvs.platform.control.PurgeRule;

/** Crossing's retention rule {@code CROSSING}: an entry or exit record goes when it occurred before the cutoff (its IDENT determinations with it, by cascade). */
@Dependent
public class CrossingPurge implements PurgeRule {

    private static final String EXPIRED = "select cast(c.id as varchar) from crossing c where c.id > cast(?1 as uuid) and c.occurred_at < ?2"
            + " order by c.id limit ?3 for update skip locked";

    @PersistenceContext
    EntityManager em;

    @Override
    public String category() {
        return "CROSSING";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> lockExpired(String after, Instant cutoff, int limit) {
        return em.createNativeQuery(EXPIRED).setParameter(1, after).setParameter(2, Timestamp.from(cutoff)).setParameter(3, limit)
                .getResultList();
    }

    @Override
    public int delete(List<String> keys) {
        return em.createNativeQuery("delete from crossing where id = any(cast(?1 as uuid[]))").setParameter(1, PurgeRule.array(keys))
                .executeUpdate();
    }
}
