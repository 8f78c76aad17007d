package org.opentvs.reconciliation.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;

/**
 * Resolves one open discrepancy in the caller's transaction. LINK records a REVIEWED link (refused
 * with 409 when the admission or the departure is linked already) and rejects the admission's other
 * open candidates; REJECT only closes this one.
 */
@Dependent
public class DiscrepancyResolution {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public String resolve(UUID id, boolean link, String reason, String actor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(admission_id as varchar), cast(departure_id as varchar), status, confidence"
                + " from recon_discrepancy where id = ? for update").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Discrepancy");
        }
        Object[] row = rows.get(0);
        if (!"OPEN".equals(row[2])) {
            throw new ApiException(409, "ALREADY_RESOLVED", "This discrepancy was resolved already (" + row[2] + ")", null);
        }
        UUID admission = UUID.fromString((String) row[0]);
        UUID departure = UUID.fromString((String) row[1]);
        Timestamp now = Timestamp.from(clock.now());
        String status = link ? "LINKED" : "REJECTED";
        if (link) {
            int linked = em
                    .createNativeQuery("insert into recon_link (admission_id, departure_id, method, confidence, departed_at, linked_at)"
                            + " select ?, d.id, 'REVIEWED', ?, d.occurred_at, ? from recon_departure d where d.id = ? on conflict do nothing")
                    .setParameter(1, admission).setParameter(2, ((Number) row[3]).floatValue()).setParameter(3, now)
                    .setParameter(4, departure).executeUpdate();
            if (linked == 0) {
                throw new ApiException(409, "ALREADY_LINKED", "The arrival or the departure is linked already", null);
            }
            em.createNativeQuery("update recon_discrepancy set status = 'REJECTED', resolved_by = ?, resolved_at = ?,"
                    + " resolution = ? where admission_id = ? and status = 'OPEN' and id <> ?").setParameter(1, actor)
                    .setParameter(2, now).setParameter(3, "superseded by " + id).setParameter(4, admission).setParameter(5, id)
                    .executeUpdate();
        }
        em.createNativeQuery("update recon_discrepancy set status = ?, resolved_by = ?, resolved_at = ?, resolution = ? where id = ?")
                .setParameter(1, status).setParameter(2, actor).setParameter(3, now).setParameter(4, reason).setParameter(5, id)
                .executeUpdate();
        return status;
    }
}
