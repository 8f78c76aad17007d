package org.opentvs.verification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opentvs.platform.control.PurgeRule;

/**
 * Verification's retention rule {@code LIVE_CAPTURE}: a sealed live capture goes when it was taken
 * before the cutoff, unless its verification's gallery is a flight's or sailing's that had not closed
 * by then (a land port's standing gallery never holds its captures back); the verification stays.
 * Keyed by capture time, then id ({@code 2026-11-17T02:30:00.000000Z/<uuid>}), because captures lie
 * in the table in time order. The gallery's state is gallery's to say: {@code gallery_state(gallery)}
 * (V0101), inlined by PostgreSQL, so the condition stays a scalar subquery evaluated per candidate by
 * primary key, never a join the planner might drive from the other side.
 */
@Dependent
public class LiveCapturePurge implements PurgeRule {

    private static final String EXPIRED = "select to_char(lc.captured_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
            + " || '/' || cast(lc.verification_id as varchar) from live_capture lc"
            + " where lc.captured_at >= cast(split_part(?1, '/', 1) as timestamptz)"
            + " and (lc.captured_at, lc.verification_id) > (cast(split_part(?1, '/', 1) as timestamptz), cast(split_part(?1, '/', 2) as uuid))"
            + " and lc.captured_at < ?2"
            + " and not coalesce((select not g.standing and (g.closed_at is null or g.closed_at >= ?2)"
            + "   from verification v cross join lateral gallery_state(v.gallery_id) g where v.id = lc.verification_id), false)"
            + " order by lc.captured_at, lc.verification_id limit ?3 for update of lc skip locked";

    @PersistenceContext
    EntityManager em;

    @Override
    public String category() {
        return "LIVE_CAPTURE";
    }

    @Override
    public String beforeFirstKey() {
        return "-infinity/" + NO_UUID;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> lockExpired(String after, Instant cutoff, int limit) {
        return em.createNativeQuery(EXPIRED).setParameter(1, after).setParameter(2, Timestamp.from(cutoff)).setParameter(3, limit)
                .getResultList();
    }

    @Override
    public int delete(List<String> keys) {
        List<String> verifications = keys.stream().map(k -> k.substring(k.lastIndexOf('/') + 1)).toList();
        return em.createNativeQuery("delete from live_capture where verification_id = any(cast(?1 as uuid[]))")
                .setParameter(1, PurgeRule.array(verifications)).executeUpdate();
    }
}
