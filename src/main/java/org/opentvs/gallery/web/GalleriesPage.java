package org.opentvs.gallery.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The portal's home: the most recent galleries with their build times. */
@Named
@RequestScoped
public class GalleriesPage {

    public record GalleryRow(String flight, String date, String status, int expected, int withReference, Integer buildMillis) {
    }

    @PersistenceContext
    EntityManager em;

    public List<GalleryRow> getRecent() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("select coalesce(g.carrier || g.flight_number, g.port), cast(g.departure_date as varchar),"
                        + " g.status, g.expected, g.with_reference, g.build_millis from gallery g"
                        + " order by g.created_at desc limit 200")
                .getResultList();
        return rows.stream().map(r -> new GalleryRow((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).intValue())).toList();
    }
}
