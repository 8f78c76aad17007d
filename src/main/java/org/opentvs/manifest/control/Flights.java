package org.opentvs.manifest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opentvs.manifest.control.paxlst.ParsedMessage;
import org.opentvs.manifest.control.paxlst.PaxlstException;
import org.opentvs.manifest.entity.Flight;
import org.opentvs.manifest.entity.FlightKey;
import org.opentvs.manifest.entity.Route;
import org.opentvs.platform.control.Clock;

/** Finds or registers flights by key; concurrent parts of one flight serialise on the flight row. */
@Dependent
public class Flights {

    @PersistenceContext
    EntityManager em;

    @Inject
    HomeAirports airports;

    @Inject
    Clock clock;

    public Optional<Flight> find(FlightKey key) {
        List<Flight> found = em
                .createQuery("select f from Flight f where f.carrier = :c and f.number = :n and f.departureDate = :d", Flight.class)
                .setParameter("c", key.carrier()).setParameter("n", key.number()).setParameter("d", key.departureDate())
                .getResultList();
        return found.stream().findFirst();
    }

    /**
     * The flights of these messages, created if new and locked in key order, so two interchanges
     * naming the same flights in a different order wait for each other instead of deadlocking.
     */
    public void registerInKeyOrder(List<ParsedMessage> messages) throws PaxlstException {
        java.util.TreeMap<String, ParsedMessage> byKey = new java.util.TreeMap<>();
        for (ParsedMessage message : messages) {
            FlightKey key = FlightOfMessage.key(message);
            byKey.putIfAbsent(key.carrier() + "|" + key.number() + "|" + key.departureDate(), message);
        }
        for (ParsedMessage message : byKey.values()) {
            register(FlightOfMessage.key(message), FlightOfMessage.route(message));
        }
    }

    /** The flight for this key, created if new, locked for the rest of the transaction. */
    public Flight register(FlightKey key, Route route) {
        Flight candidate = new Flight(key, route, airports.direction(route.departureAirport(), route.arrivalAirport()), clock.now());
        em.createNativeQuery("insert into flight (id, carrier, number, departure_date, direction, status, created_at)"
                + " values (?, ?, ?, ?, ?, 'OPEN', ?) on conflict (carrier, number, departure_date) do nothing")
                .setParameter(1, candidate.id()).setParameter(2, key.carrier()).setParameter(3, key.number())
                .setParameter(4, key.departureDate()).setParameter(5, candidate.direction().name())
                .setParameter(6, java.sql.Timestamp.from(clock.now()))
                .executeUpdate();
        Flight flight = em
                .createQuery("select f from Flight f where f.carrier = :c and f.number = :n and f.departureDate = :d", Flight.class)
                .setParameter("c", key.carrier()).setParameter("n", key.number()).setParameter("d", key.departureDate())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        flight.updateRoute(route);
        return flight;
    }
}
