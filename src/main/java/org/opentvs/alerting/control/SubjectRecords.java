package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.opentvs.platform.control.Json;

/** The record an alert links to: the manifest traveler (with flight and documents) or the holdings identity. */
@Dependent
public class SubjectRecords {

    @PersistenceContext
    EntityManager em;

    public JsonObject record(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> travelers = em.createNativeQuery("select t.family_name, t.given_names, cast(t.date_of_birth as varchar), t.sex,"
                + " t.nationality, t.reference, t.seat, t.status, f.carrier, f.number, cast(f.departure_date as varchar),"
                + " f.departure_airport, f.arrival_airport from traveler t join flight f on f.id = t.flight_id where t.id = ?")
                .setParameter(1, id).getResultList();
        if (!travelers.isEmpty()) {
            Object[] r = travelers.get(0);
            JsonObjectBuilder json = person("TRAVELER", id, r).add("reference", str(r[5])).add("seat", str(r[6])).add("status", str(r[7]))
                    .add("flight", Json.createObjectBuilder().add("carrier", str(r[8])).add("number", str(r[9])).add("date", str(r[10]))
                            .add("from", str(r[11])).add("to", str(r[12])));
            return json.add("documents", documents("select type, number, issuing_country from traveler_document where traveler_id = ?", id))
                    .build();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> identities = em.createNativeQuery("select family_name, given_names, cast(date_of_birth as varchar), sex,"
                + " nationality from holding_identity where id = ?").setParameter(1, id).getResultList();
        if (identities.isEmpty()) {
            return null;
        }
        return person("IDENTITY", id, identities.get(0))
                .add("documents", documents("select type, number, issuing_country from holding_document where identity_id = ?", id))
                .build();
    }

    private static JsonObjectBuilder person(String kind, UUID id, Object[] r) {
        return Json.createObjectBuilder().add("id", id.toString()).add("kind", kind).add("familyName", str(r[0]))
                .add("givenNames", str(r[1])).add("dateOfBirth", str(r[2])).add("sex", str(r[3])).add("nationality", str(r[4]));
    }

    private JsonArrayBuilder documents(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        JsonArrayBuilder docs = Json.createArrayBuilder();
        rows.forEach(
                r -> docs.add(Json.createObjectBuilder().add("type", str(r[0])).add("number", str(r[1])).add("issuingCountry", str(r[2]))));
        return docs;
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
