package org.opentvs.gallery.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opentvs.platform.control.PurgeRule;

/**
 * Gallery's retention rule {@code GALLERY_MEMBER}: every member (photo and template reference) of a
 * gallery closed before the cutoff goes, and the gallery becomes {@code PURGED}. A key is a gallery,
 * standing for its members: about 500 of them, so a chunk of n rows locks n / 500 galleries.
 */
@Dependent
public class GalleryMemberPurge implements PurgeRule {

    private static final String EXPIRED = "select cast(g.id as varchar) from gallery g where g.id > cast(?1 as uuid)"
            + " and g.status = 'CLOSED' and g.closed_at < ?2 order by g.id limit ?3 for update skip locked";

    @PersistenceContext
    EntityManager em;

    @Override
    public String category() {
        return "GALLERY_MEMBER";
    }

    @Override
    public int rowsPerKey() {
        return 500;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> lockExpired(String after, Instant cutoff, int limit) {
        return em.createNativeQuery(EXPIRED).setParameter(1, after).setParameter(2, Timestamp.from(cutoff)).setParameter(3, limit)
                .getResultList();
    }

    /** The members deleted; their galleries marked purged. */
    @Override
    public int delete(List<String> keys) {
        String galleries = PurgeRule.array(keys);
        int members = em.createNativeQuery("delete from gallery_member where gallery_id = any(cast(?1 as uuid[]))")
                .setParameter(1, galleries).executeUpdate();
        em.createNativeQuery("update gallery set status = 'PURGED' where id = any(cast(?1 as uuid[]))").setParameter(1, galleries)
                .executeUpdate();
        return members;
    }
}
