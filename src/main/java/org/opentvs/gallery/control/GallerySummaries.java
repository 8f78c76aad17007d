package org.opentvs.gallery.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Gallery's published query for other contexts: the state of a flight's gallery, as a record. */
@Dependent
public class GallerySummaries {

    /** A flight's gallery as a manifest receipt shows it; {@code buildMillis} is null until it was built. */
    public record GallerySummary(UUID id, String status, int expected, int withReference, Integer buildMillis) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<GallerySummary> ofFlight(UUID flightId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(id as varchar), status, expected, with_reference, build_millis"
                + " from gallery where flight_id = ?").setParameter(1, flightId).getResultList();
        return rows.stream().findFirst().map(g -> new GallerySummary(UUID.fromString(g[0].toString()), g[1].toString(),
                ((Number) g[2]).intValue(), ((Number) g[3]).intValue(), g[4] == null ? null : ((Number) g[4]).intValue()));
    }
}
