package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.opentvs.platform.control.Clock;

/**
 * Writes candidate hits to the hotlist, once per subject (a traveler of one flight, or a holdings
 * identity), kind and watch-list entry, enforced by the database: a second basis for the same hit (a
 * face after a name) adds its score and basis to the pending entry.
 */
@Dependent
public class HotlistRecords {

    /** The id of the hotlist entry, and whether this call created it. */
    public record Recorded(UUID id, boolean created) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Why a hit was withdrawn after its entry changed: the same hit found again reopens. */
    static final String CHANGED = "watch-list entry changed";

    private static final String REOPEN = "(hotlist_entry.status = 'WITHDRAWN' and hotlist_entry.reason = '" + CHANGED + "')";

    /** The stale hits of a changed entry on open flights, withdrawn (the flights from manifest's view; {@code PublishedViewsIT}). */
    static final String WITHDRAW_STALE = "with listed as (select id from watchlist_entry where id = ? and removed_at is null and version = ?"
            + " for share)"
            + " update hotlist_entry h set status = 'WITHDRAWN', decided_at = ?, reason = '" + CHANGED + "'"
            + " where h.watchlist_entry_id = (select id from listed) and h.status in ('PENDING', 'VALIDATED')"
            + " and coalesce(h.entry_version, 0) < ? and h.subject_kind = 'TRAVELER'"
            + " and exists (select 1 from manifest_flights f where f.id = h.flight_id and f.status = 'OPEN' and f.departure_date >= current_date - 2)"
            + " returning cast(h.id as varchar), cast(h.subject_id as varchar)";

    /** Outbound foreign travelers without an admission or entry on record, over the owners' views ({@code PublishedViewsIT}). */
    static final String WITHOUT_LAWFUL_ARRIVAL = "select cast(t.id as varchar) from manifest_travelers t join manifest_flights f"
            + " on f.id = t.flight_id where t.flight_id = ? and f.direction = 'OUTBOUND' and not t.us_citizen and t.status <> 'REMOVED'"
            + " and not exists (select 1 from manifest_traveler_documents d join reconciliation_admissions a"
            + "   on a.document_number = d.number and a.document_country = d.issuing_country where d.traveler_id = t.id)"
            + " and not exists (select 1 from reconciliation_admissions a where t.holding_id is not null and a.identity_id = t.holding_id)"
            + " and not exists (select 1 from manifest_traveler_documents d join crossing_entries c on c.document_number = d.number"
            + "   and c.document_country = d.issuing_country where d.traveler_id = t.id)"
            + " and not exists (select 1 from crossing_entries c where t.holding_id is not null and c.identity_id = t.holding_id)";

    /**
     * Records the hit once (the unique index {@code hotlist_once} on subject, kind and watch-list
     * entry; a second basis for it updates the row, and a hit withdrawn because its entry changed
     * reopens when the new content finds it again). A watch-list hit is recorded only while its entry
     * is listed at the version the screening used: the statement holds a share lock on the entry's
     * row, so it waits for a removal or change under way and then finds the entry removed or newer,
     * or the removal or change waits for it. Returns null when the entry was removed or changed
     * meanwhile; {@code created} is true for the one statement that created or reopened the row.
     */
    public Recorded record(HotlistCandidate c) {
        String entry = c.watchlistEntryId() == null ? null : c.watchlistEntryId().toString();
        UUID token = UUID.randomUUID();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with listed as (select id from watchlist_entry where id = cast(? as uuid)"
                + " and removed_at is null and (cast(? as integer) is null or version = cast(? as integer)) for share)"
                + " insert into hotlist_entry (id, kind, watchlist_entry_id, subject_id, subject_kind, flight_id, category, basis,"
                + " high_priority, name_score, biometric_score, biographic_agreement, status, created_at, entry_version, opened_by)"
                + " select ?, ?, cast(? as uuid), ?, ?, cast(? as uuid), ?, ?, ?, cast(? as real), cast(? as real), ?, 'PENDING', ?,"
                + " cast(? as integer), ?"
                + " where cast(? as uuid) is null or exists (select 1 from listed)"
                + " on conflict (subject_id, kind, (coalesce(watchlist_entry_id, '00000000-0000-0000-0000-000000000000'::uuid)))"
                + " do update set biometric_score = case when " + REOPEN + " then excluded.biometric_score"
                + "   else coalesce(excluded.biometric_score, hotlist_entry.biometric_score) end,"
                + " name_score = case when " + REOPEN + " then excluded.name_score"
                + "   else greatest(excluded.name_score, hotlist_entry.name_score) end,"
                + " biographic_agreement = coalesce(excluded.biographic_agreement, hotlist_entry.biographic_agreement),"
                + " basis = case when " + REOPEN + " then excluded.basis when position(excluded.basis in hotlist_entry.basis) > 0"
                + "   then hotlist_entry.basis else hotlist_entry.basis || '+' || excluded.basis end,"
                + " entry_version = greatest(excluded.entry_version, hotlist_entry.entry_version),"
                + " opened_by = case when " + REOPEN + " then excluded.opened_by else hotlist_entry.opened_by end,"
                + " decided_at = case when " + REOPEN + " then null else hotlist_entry.decided_at end,"
                + " decided_by = case when " + REOPEN + " then null else hotlist_entry.decided_by end,"
                + " status = case when " + REOPEN + " then 'PENDING' else hotlist_entry.status end,"
                + " reason = case when " + REOPEN + " then null else hotlist_entry.reason end"
                + " returning cast(id as varchar), (opened_by is not null and opened_by = cast(? as uuid))")
                .setParameter(1, entry).setParameter(2, c.entryVersion()).setParameter(3, c.entryVersion())
                .setParameter(4, token).setParameter(5, c.kind())
                .setParameter(6, entry)
                .setParameter(7, c.subjectId()).setParameter(8, c.subjectKind())
                .setParameter(9, c.flightId() == null ? null : c.flightId().toString()).setParameter(10, c.category())
                .setParameter(11, c.basis()).setParameter(12, c.highPriority())
                .setParameter(13, c.nameScore() == null ? null : c.nameScore().toString())
                .setParameter(14, c.biometricScore() == null ? null : c.biometricScore().toString())
                .setParameter(15, c.agreement()).setParameter(16, java.sql.Timestamp.from(clock.now()))
                .setParameter(17, c.entryVersion()).setParameter(18, token)
                .setParameter(19, entry).setParameter(20, token.toString())
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Recorded(UUID.fromString((String) r[0]), Boolean.TRUE.equals(r[1]));
    }

    /**
     * After the rescreening of an entry changed to {@code version}: withdraws its open hits on travelers
     * of open flights that this version did not find again (their {@code entry_version} is older),
     * only while the entry is still at that version. Returns (hotlist id, subject id) of each. The flights
     * come from manifest's published view {@code manifest_flights}, expanded into this one statement.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> withdrawStale(UUID watchlistEntryId, int version) {
        return em.createNativeQuery(WITHDRAW_STALE)
                .setParameter(1, watchlistEntryId).setParameter(2, version)
                .setParameter(3, java.sql.Timestamp.from(clock.now())).setParameter(4, version).getResultList();
    }

    /**
     * The order in which one transaction records its candidates: that of the unique index, so two
     * screenings recording overlapping hits wait for each other in one direction and never deadlock.
     */
    public static final java.util.Comparator<HotlistCandidate> RECORDING_ORDER = java.util.Comparator
            .comparing(HotlistCandidate::subjectId).thenComparing(HotlistCandidate::kind)
            .thenComparing(c -> c.watchlistEntryId() == null ? new UUID(0, 0) : c.watchlistEntryId());

    /**
     * Travelers of an outbound flight or sailing (not US citizens) without any lawful arrival on record: one query over the
     * owners' published views (manifest's travelers and documents, reconciliation's admissions, crossing's entries), which
     * PostgreSQL expands into the plan it had on their tables (anti joins on their indexes).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> withoutLawfulArrival(UUID flightId) {
        List<String> ids = em.createNativeQuery(WITHOUT_LAWFUL_ARRIVAL).setParameter(1, flightId).getResultList();
        return ids.stream().map(UUID::fromString).toList();
    }

    /** Every hotlist entry that notifies officers, as (hotlist id, subject id). */
    @SuppressWarnings("unchecked")
    public List<Object[]> actionable() {
        return em.createNativeQuery("select cast(id as varchar), cast(subject_id as varchar) from hotlist_entry"
                + " where status = 'VALIDATED' or (status = 'PENDING' and high_priority)").getResultList();
    }

    /** Withdraws the open hits of a removed watch-list entry; returns (hotlist id, subject id) of each. */
    @SuppressWarnings("unchecked")
    public List<Object[]> withdraw(UUID watchlistEntryId) {
        return em.createNativeQuery("update hotlist_entry set status = 'WITHDRAWN', decided_at = ?, reason = 'watch-list entry removed'"
                + " where watchlist_entry_id = ? and status in ('PENDING', 'VALIDATED')"
                + " returning cast(id as varchar), cast(subject_id as varchar)")
                .setParameter(1, java.sql.Timestamp.from(clock.now())).setParameter(2, watchlistEntryId).getResultList();
    }
}
