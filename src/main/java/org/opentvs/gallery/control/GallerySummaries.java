package org.opentvs.gallery.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Gallery's queries as records: the state of a flight's gallery (published to other contexts),
 * a flight's gallery by designator and the flight facts a gallery is scoped by.
 */
@Dependent
public class GallerySummaries {

    /** A flight's gallery as a manifest receipt shows it; {@code buildMillis} is null until it was built. */
    public record GallerySummary(UUID id, String status, int expected, int withReference, Integer buildMillis) {
    }

    /** The flight facts a flight's gallery is scoped by (carrier and airports). */
    public record FlightScope(String carrier, String departureAirport, String arrivalAirport) {
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

    /** The id of the gallery of a flight by carrier, number (no leading zeros) and departure date. */
    public Optional<UUID> idOfFlight(String carrier, String number, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("select cast(g.id as varchar) from gallery g"
                + " where g.flight_id is not null and g.carrier = ? and g.flight_number = ? and g.departure_date = ?")
                .setParameter(1, carrier).setParameter(2, number).setParameter(3, date).getResultList();
        return found.stream().findFirst().map(id -> UUID.fromString(id.toString()));
    }

    /** The flight facts of a flight's gallery; empty for a land port's gallery or an unknown id. */
    public Optional<FlightScope> flightScope(UUID galleryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select carrier, departure_airport, arrival_airport from gallery"
                + " where id = ? and flight_id is not null").setParameter(1, galleryId).getResultList();
        return rows.stream().findFirst().map(r -> new FlightScope((String) r[0], (String) r[1], (String) r[2]));
    }

    /** The ids of the galleries that are ready for search (published to other contexts). */
    public List<UUID> readyIds() {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select cast(id as varchar) from gallery where status = 'READY'").getResultList();
        return ids.stream().map(UUID::fromString).toList();
    }
}
