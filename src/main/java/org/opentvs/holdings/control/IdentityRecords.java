package org.opentvs.holdings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reference identities as other contexts read them (issue 13: this context alone reads
 * holding_identity and holding_document): chosen ones with one query (alerting screens a land
 * port's gallery hits), and one identity's record (the subject of an alert).
 */
@Dependent
public class IdentityRecords {

    /** A document of a reference identity. */
    public record Document(String type, String number, String issuingCountry) {
    }

    /** A reference identity's biographic data and documents. */
    public record Identity(UUID id, String familyName, String givenNames, LocalDate dateOfBirth, String sex, String nationality,
            List<Document> documents) {

        public Identity {
            documents = List.copyOf(documents);
        }
    }

    @PersistenceContext
    EntityManager em;

    /** These identities; unknown ids are left out. */
    public List<Identity> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("select cast(i.id as varchar), i.family_name, i.given_names, i.date_of_birth, i.nationality,"
                + " d.number, d.issuing_country, d.type, i.sex from holding_identity i left join holding_document d on d.identity_id = i.id"
                + " where i.id in (" + String.join(",", ids.stream().map(i -> "?").toList()) + ")");
        List<UUID> params = List.copyOf(ids);
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
        List<Identity> out = new ArrayList<>(people.size());
        people.forEach((id, r) -> out.add(new Identity(id, (String) r[1], (String) r[2], date(r[3]), (String) r[8], (String) r[4],
                documents.get(id))));
        return out;
    }

    /** One identity with its documents (in stored order), empty for an unknown id. */
    public Optional<Identity> one(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> identities = em.createNativeQuery("select family_name, given_names, date_of_birth, sex, nationality"
                + " from holding_identity where id = ?").setParameter(1, id).getResultList();
        if (identities.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = identities.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> docs = em.createNativeQuery("select type, number, issuing_country from holding_document where identity_id = ?")
                .setParameter(1, id).getResultList();
        return Optional.of(new Identity(id, (String) r[0], (String) r[1], date(r[2]), (String) r[3], (String) r[4],
                docs.stream().map(d -> new Document((String) d[0], (String) d[1], (String) d[2])).toList()));
    }

    private static LocalDate date(Object v) {
        return v == null ? null : ((java.sql.Date) v).toLocalDate();
    }
}
