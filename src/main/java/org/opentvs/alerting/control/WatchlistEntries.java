package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentvs.alerting.entity.WatchlistEntry;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.platform.control.DataCipher;

/** Reads the listed (not removed) watch-list entries and faces for the in-memory index. */
@Dependent
public class WatchlistEntries {

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    /** All listed entries with a name. */
    public List<ListedPerson> people() {
                String where = "e.removed_at is null";
        var query = em.createNativeQuery("select cast(e.id as varchar), e.category, e.family_name, e.given_names, e.name_variants,"
                + " e.date_of_birth, e.nationality from watchlist_entry e where " + where + " and e.family_name is not null");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, List<DocumentKey>> documents = documents();
        List<ListedPerson> people = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = UUID.fromString((String) r[0]);
            LocalDate dob = r[5] == null ? null : ((java.sql.Date) r[5]).toLocalDate();
            people.add(ListedPerson.of(id, (String) r[1], (String) r[2], (String) r[3], WatchlistEntry.variants((String) r[4]), dob,
                    (String) r[6], documents.getOrDefault(id, List.of())));
        }
        return people;
    }

    public List<ListedFace> faces() {
                String where = "e.removed_at is null";
        var query = em.createNativeQuery("select cast(f.entry_id as varchar), e.category, f.algorithm, f.template from watchlist_face f"
                + " join watchlist_entry e on e.id = f.entry_id where " + where);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ListedFace(UUID.fromString((String) r[0]), (String) r[1], (String) r[2],
                CosineTemplate.decode(cipher.decrypt((byte[]) r[3])).vector())).toList();
    }

    private Map<UUID, List<DocumentKey>> documents() {
        String where = "e.removed_at is null";
        var query = em.createNativeQuery("select cast(d.entry_id as varchar), d.number, d.issuing_country from watchlist_document d"
                + " join watchlist_entry e on e.id = d.entry_id where " + where);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, List<DocumentKey>> byEntry = new HashMap<>();
        for (Object[] r : rows) {
            byEntry.computeIfAbsent(UUID.fromString((String) r[0]), k -> new ArrayList<>()).add(new DocumentKey((String) r[1], (String) r[2]));
        }
        return byEntry;
    }
}
