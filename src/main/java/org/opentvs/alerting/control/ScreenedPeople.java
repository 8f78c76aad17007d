package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Loads travelers (of a flight, of open flights, by id) and holdings identities as screening sees them. */
@Dependent
public class ScreenedPeople {

    private static final String TRAVELERS = "select cast(t.id as varchar), t.family_name, t.given_names, t.date_of_birth,"
            + " t.nationality, d.number, d.issuing_country from traveler t left join traveler_document d on d.traveler_id = t.id";
    private static final String IDENTITIES = "select cast(i.id as varchar), i.family_name, i.given_names, i.date_of_birth,"
            + " i.nationality, d.number, d.issuing_country from holding_identity i left join holding_document d on d.identity_id = i.id";

    @PersistenceContext
    EntityManager em;

    public List<ScreenedPerson> ofFlight(UUID flightId) {
        return load(TRAVELERS + " where t.flight_id = ? and t.status <> 'REMOVED'", List.of(flightId));
    }

    /** Travelers expected on flights that have not closed and have not long departed: what a new listing is screened against. */
    public List<ScreenedPerson> ofOpenFlights() {
        return load(TRAVELERS + " join flight f on f.id = t.flight_id where f.status = 'OPEN' and t.status <> 'REMOVED'"
                + " and f.departure_date >= current_date - 2", List.of());
    }

    public List<ScreenedPerson> travelers(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : load(TRAVELERS + " where t.id in (" + marks(ids) + ")", List.copyOf(ids));
    }

    public List<ScreenedPerson> identities(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : load(IDENTITIES + " where i.id in (" + marks(ids) + ")", List.copyOf(ids));
    }

    private static String marks(Collection<UUID> ids) {
        return String.join(",", ids.stream().map(i -> "?").toList());
    }

    private List<ScreenedPerson> load(String sql, List<?> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, Object[]> people = new LinkedHashMap<>();
        Map<UUID, List<DocumentKey>> documents = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID id = UUID.fromString((String) r[0]);
            people.putIfAbsent(id, r);
            List<DocumentKey> docs = documents.computeIfAbsent(id, k -> new ArrayList<>());
            if (r[5] != null) {
                docs.add(new DocumentKey((String) r[5], (String) r[6]));
            }
        }
        List<ScreenedPerson> out = new ArrayList<>(people.size());
        people.forEach((id, r) -> out.add(new ScreenedPerson(id, PersonName.of((String) r[1], (String) r[2]),
                r[3] == null ? null : ((java.sql.Date) r[3]).toLocalDate(), (String) r[4], documents.get(id))));
        return out;
    }

    public UUID flightOf(UUID travelerId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select cast(flight_id as varchar) from traveler where id = ?")
                .setParameter(1, travelerId).getResultList();
        return ids.isEmpty() ? null : UUID.fromString(ids.get(0));
    }

    /** The flight's designator and departure airport, for alerts raised at screening time. */
    public FlightPlace flight(UUID flightId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select carrier, number, departure_date, departure_airport, direction from flight"
                + " where id = ?").setParameter(1, flightId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new FlightPlace(flightId, (String) r[0], (String) r[1], ((java.sql.Date) r[2]).toLocalDate(), (String) r[3], (String) r[4]);
    }

    public record FlightPlace(UUID id, String carrier, String number, LocalDate date, String departureAirport, String direction) {
    }
}
