package org.opentvs.manifest.control;

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
import java.util.Optional;
import java.util.UUID;

/**
 * Manifest travelers as other contexts read them (issue 13: this context alone reads traveler and
 * traveler_document): a whole flight's, every open flight's or chosen ones with one query each
 * (alerting screens them), and one traveler's full record with its flight (the subject of an alert).
 */
@Dependent
public class TravelerRecords {

    /** A declared travel document. */
    public record Document(String type, String number, String issuingCountry) {
    }

    /** A traveler's biographic data and documents. */
    public record Person(UUID id, String familyName, String givenNames, LocalDate dateOfBirth, String nationality,
            List<Document> documents) {

        public Person {
            documents = List.copyOf(documents);
        }
    }

    /** One traveler as recorded: the person, sex, reference, seat, status and flight. */
    public record Subject(Person person, String sex, String reference, String seat, String status, FlightPlaces.FlightPlace flight) {
    }

    private static final String PEOPLE = "select cast(t.id as varchar), t.family_name, t.given_names, t.date_of_birth,"
            + " t.nationality, d.number, d.issuing_country, d.type from traveler t left join traveler_document d on d.traveler_id = t.id";

    @PersistenceContext
    EntityManager em;

    /** The travelers of a flight or sailing, except those removed from its manifest. */
    public List<Person> ofFlight(UUID flightId) {
        return people(PEOPLE + " where t.flight_id = ? and t.status <> 'REMOVED'", List.of(flightId));
    }

    /** Travelers expected on flights that have not closed and departed at most two days ago (not removed). */
    public List<Person> ofOpenFlights() {
        return people(PEOPLE + " join flight f on f.id = t.flight_id where f.status = 'OPEN' and t.status <> 'REMOVED'"
                + " and f.departure_date >= current_date - 2", List.of());
    }

    /** These travelers, whatever their status; unknown ids are left out. */
    public List<Person> byIds(Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : people(PEOPLE + " where t.id in (" + String.join(",", ids.stream().map(i -> "?").toList()) + ")", List.copyOf(ids));
    }

    /** The flight a traveler is on, null for an unknown traveler. */
    public UUID flightOf(UUID travelerId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select cast(flight_id as varchar) from traveler where id = ?")
                .setParameter(1, travelerId).getResultList();
        return ids.isEmpty() ? null : UUID.fromString(ids.get(0));
    }

    /** One traveler with flight and documents (in stored order), empty for an unknown id. */
    public Optional<Subject> subject(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> travelers = em.createNativeQuery("select t.family_name, t.given_names, t.date_of_birth, t.sex,"
                + " t.nationality, t.reference, t.seat, t.status, cast(f.id as varchar), f.carrier, f.number, f.departure_date,"
                + " f.departure_airport, f.arrival_airport, f.direction from traveler t join flight f on f.id = t.flight_id where t.id = ?")
                .setParameter(1, id).getResultList();
        if (travelers.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = travelers.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> docs = em.createNativeQuery("select type, number, issuing_country from traveler_document where traveler_id = ?")
                .setParameter(1, id).getResultList();
        Person person = new Person(id, (String) r[0], (String) r[1], date(r[2]), (String) r[4],
                docs.stream().map(d -> new Document((String) d[0], (String) d[1], (String) d[2])).toList());
        FlightPlaces.FlightPlace flight = new FlightPlaces.FlightPlace(UUID.fromString((String) r[8]), (String) r[9], (String) r[10],
                date(r[11]), (String) r[12], (String) r[13], (String) r[14]);
        return Optional.of(new Subject(person, (String) r[3], (String) r[5], (String) r[6], (String) r[7], flight));
    }

    /** One row per traveler and document (none: nulls), folded into people in the order first seen. */
    private List<Person> people(String sql, List<?> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, Object[]> people = new LinkedHashMap<>();
        Map<UUID, List<Document>> documents = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID id = UUID.fromString((String) r[0]);
            people.putIfAbsent(id, r);
            List<Document> docs = documents.computeIfAbsent(id, k -> new ArrayList<>());
            if (r[5] != null) {
                docs.add(new Document((String) r[7], (String) r[5], (String) r[6]));
            }
        }
        List<Person> out = new ArrayList<>(people.size());
        people.forEach((id, r) -> out.add(new Person(id, (String) r[1], (String) r[2], date(r[3]), (String) r[4], documents.get(id))));
        return out;
    }

    static LocalDate date(Object v) {
        return v == null ? null : ((java.sql.Date) v).toLocalDate();
    }
}
