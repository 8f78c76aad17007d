package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentvs.alerting.entity.WatchlistEntry;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.platform.control.DataCipher;

/**
 * Reads the listed (not removed) watch-list entries and faces for the in-memory index: every entry
 * with a name or a document is biographic (a document-only entry, such as a lost or stolen passport,
 * too), every entry with faces is biometric; an entry can be both.
 */
@Dependent
public class WatchlistEntries {

    private static final String LISTED = "e.removed_at is null";

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    /** All listed entries that biographic screening can find (a name or a document). */
    public List<ListedPerson> people() {
        return people("", List.of());
    }

    public List<ListedFace> faces() {
        return faces("", List.of());
    }

    /** One entry as listed now, read consistently (one version); {@code version} is null when it is removed or unknown. */
    public record Listed(Integer version, java.util.Optional<ListedPerson> person, List<ListedFace> faces) {
    }

    public Listed listed(UUID id) {
        while (true) {
            Integer before = version(id);
            java.util.Optional<ListedPerson> person = people(" and e.id = ?", List.of(id)).stream().findFirst();
            List<ListedFace> faces = faces(" and e.id = ?", List.of(id));
            Integer after = version(id);
            boolean consistent = java.util.Objects.equals(before, after) && person.map(p -> p.version() == after).orElse(true)
                    && faces.stream().allMatch(f -> after != null && f.version() == after);
            if (consistent) {
                return new Listed(after, person, faces);
            }
        }
    }

    private Integer version(UUID id) {
        List<Object[]> rows = rows("select e.version, 0 from watchlist_entry e where " + LISTED + " and e.id = ?", List.of(id));
        return rows.isEmpty() ? null : ((Number) rows.get(0)[0]).intValue();
    }

    private List<ListedPerson> people(String and, List<Object> params) {
        List<Object[]> rows = rows("select cast(e.id as varchar), e.category, e.family_name, e.given_names, e.name_variants,"
                + " e.date_of_birth, e.nationality, e.version from watchlist_entry e where " + LISTED + and, params);
        Map<UUID, List<DocumentKey>> documents = documents(and, params);
        List<ListedPerson> people = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = UUID.fromString((String) r[0]);
            LocalDate dob = r[5] == null ? null : ((java.sql.Date) r[5]).toLocalDate();
            ListedPerson person = ListedPerson.of(id, (String) r[1], (String) r[2], (String) r[3], WatchlistEntry.variants((String) r[4]),
                    dob, (String) r[6], documents.getOrDefault(id, List.of()), ((Number) r[7]).intValue());
            if (person.screenable()) {
                people.add(person);
            }
        }
        return people;
    }

    private List<ListedFace> faces(String and, List<Object> params) {
        List<Object[]> rows = rows(
                "select cast(f.entry_id as varchar), e.category, f.algorithm, f.template, e.version from watchlist_face f"
                        + " join watchlist_entry e on e.id = f.entry_id where " + LISTED + and,
                params);
        return rows.stream().map(r -> new ListedFace(UUID.fromString((String) r[0]), (String) r[1], (String) r[2],
                CosineTemplate.decode(cipher.decrypt((byte[]) r[3])).vector(), ((Number) r[4]).intValue())).toList();
    }

    private Map<UUID, List<DocumentKey>> documents(String and, List<Object> params) {
        List<Object[]> rows = rows("select cast(d.entry_id as varchar), d.number, d.issuing_country from watchlist_document d"
                + " join watchlist_entry e on e.id = d.entry_id where " + LISTED + and, params);
        Map<UUID, List<DocumentKey>> byEntry = new HashMap<>();
        for (Object[] r : rows) {
            byEntry.computeIfAbsent(UUID.fromString((String) r[0]), k -> new ArrayList<>())
                    .add(new DocumentKey((String) r[1], (String) r[2]));
        }
        return byEntry;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }
}
