package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** The record an alert links to: the manifest traveler (with flight and documents) or the holdings identity. */
@Dependent
public class SubjectRecords {

    @PersistenceContext
    EntityManager em;

    public SubjectRecord record(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> travelers = em.createNativeQuery("select t.family_name, t.given_names, cast(t.date_of_birth as varchar), t.sex,"
                + " t.nationality, t.reference, t.seat, t.status, f.carrier, f.number, cast(f.departure_date as varchar),"
                + " f.departure_airport, f.arrival_airport from traveler t join flight f on f.id = t.flight_id where t.id = ?")
                .setParameter(1, id).getResultList();
        if (!travelers.isEmpty()) {
            Object[] r = travelers.get(0);
            return new SubjectRecord(id.toString(), "TRAVELER", str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                    str(r[6]), str(r[7]), new SubjectRecord.Flight(str(r[8]), str(r[9]), str(r[10]), str(r[11]), str(r[12])),
                    documents("select type, number, issuing_country from traveler_document where traveler_id = ?", id));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> identities = em.createNativeQuery("select family_name, given_names, cast(date_of_birth as varchar), sex,"
                + " nationality from holding_identity where id = ?").setParameter(1, id).getResultList();
        if (identities.isEmpty()) {
            return null;
        }
        Object[] r = identities.get(0);
        return new SubjectRecord(id.toString(), "IDENTITY", str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), null, null, null, null,
                documents("select type, number, issuing_country from holding_document where identity_id = ?", id));
    }

    private List<SubjectRecord.Document> documents(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().map(r -> new SubjectRecord.Document(str(r[0]), str(r[1]), str(r[2]))).toList();
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
