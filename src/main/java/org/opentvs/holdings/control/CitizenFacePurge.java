package org.opentvs.holdings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opentvs.platform.control.PurgeRule;

/**
 * Holdings' retention rule {@code US_CITIZEN_FACE}: a US citizen's reference face goes once its
 * processing is complete, that is some gallery that held it closed before the cutoff and none that
 * holds it is still in service. Which galleries hold a face is gallery's to say: it publishes
 * {@code gallery_holding_face(face)} (V0101), which PostgreSQL inlines, so each condition stays a
 * scalar subquery evaluated per candidate face by index. As a join or EXISTS the planner may scan the
 * memberships from their start on every chunk, quadratic over a purge.
 */
@Dependent
public class CitizenFacePurge implements PurgeRule {

    private static final String EXPIRED = "select cast(f.id as varchar) from holding_face f join holding_identity i on i.id = f.identity_id"
            + " where f.id > cast(?1 as uuid) and i.us_citizen"
            + " and coalesce((select true from gallery_holding_face(f.id) g where g.closed and g.closed_at < ?2 limit 1), false)"
            + " and not coalesce((select true from gallery_holding_face(f.id) g where g.in_service limit 1), false)"
            + " order by f.id limit ?3 for update of f skip locked";

    @PersistenceContext
    EntityManager em;

    @Override
    public String category() {
        return "US_CITIZEN_FACE";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> lockExpired(String after, Instant cutoff, int limit) {
        return em.createNativeQuery(EXPIRED).setParameter(1, after).setParameter(2, Timestamp.from(cutoff)).setParameter(3, limit)
                .getResultList();
    }

    @Override
    public int delete(List<String> keys) {
        return em.createNativeQuery("delete from holding_face where id = any(cast(?1 as uuid[]))")
                .setParameter(1, PurgeRule.array(keys)).executeUpdate();
    }
}
