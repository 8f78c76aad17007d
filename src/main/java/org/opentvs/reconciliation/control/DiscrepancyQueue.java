package org.opentvs.reconciliation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The discrepancy queue read side: ambiguous candidate links with both sides, oldest first. */
@Dependent
public class DiscrepancyQueue {

    /** One side's person as stored; any field may be null. Dates as {@code YYYY-MM-DD}. */
    public record Person(String familyName, String givenNames, String dateOfBirth, String nationality, String documentNumber,
            String documentCountry) {
    }

    /** A queued discrepancy; timestamps are as PostgreSQL writes them as text. */
    public record Discrepancy(String id, String admissionId, String departureId, double confidence, String reason, String status,
            String raisedAt, String resolution, String classOfAdmission, String admittedAt, String source, String departedAt,
            Person arrival, Person departure) {
    }

    @PersistenceContext
    EntityManager em;

    /** Discrepancies with this status (OPEN, LINKED, REJECTED), at most {@code max}. */
    public List<Discrepancy> withStatus(String status, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("select cast(r.id as varchar), cast(r.admission_id as varchar), cast(r.departure_id as varchar),"
                        + " r.confidence, r.reason, r.status, cast(r.raised_at as varchar), r.resolution,"
                        + " a.class_of_admission, cast(a.admitted_at as varchar), d.source, cast(d.occurred_at as varchar),"
                        + " " + person("a") + ", " + person("d")
                        + " from recon_discrepancy r join admission a on a.id = r.admission_id join recon_departure d on d.id = r.departure_id"
                        + " where r.status = ? order by r.raised_at, r.id limit " + max)
                .setParameter(1, status).getResultList();
        return rows.stream().map(r -> new Discrepancy((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).doubleValue(),
                (String) r[4], (String) r[5], (String) r[6], text(r[7]), (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], person(r, 12), person(r, 18))).toList();
    }

    private static String person(String t) {
        return t + ".family_name, " + t + ".given_names, cast(" + t + ".date_of_birth as varchar), " + t + ".nationality, "
                + t + ".document_number, " + t + ".document_country";
    }

    private static Person person(Object[] r, int from) {
        return new Person(text(r[from]), text(r[from + 1]), text(r[from + 2]), text(r[from + 3]), text(r[from + 4]), text(r[from + 5]));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
