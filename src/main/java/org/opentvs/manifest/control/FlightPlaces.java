package org.opentvs.manifest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Where and when a flight or sailing goes, as other contexts read it (issue 13: this context alone reads flight). */
@Dependent
public class FlightPlaces {

    /** A flight's designator, date, route and direction ({@code INBOUND}, {@code OUTBOUND}, ...). */
    public record FlightPlace(UUID id, String carrier, String number, LocalDate date, String departureAirport, String arrivalAirport,
            String direction) {
    }

    @PersistenceContext
    EntityManager em;

    /** The flight, null for an unknown id. */
    public FlightPlace flight(UUID flightId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select carrier, number, departure_date, departure_airport, arrival_airport, direction"
                + " from flight where id = ?").setParameter(1, flightId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new FlightPlace(flightId, (String) r[0], (String) r[1], TravelerRecords.date(r[2]), (String) r[3], (String) r[4],
                (String) r[5]);
    }
}
