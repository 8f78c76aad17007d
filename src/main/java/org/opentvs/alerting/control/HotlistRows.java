package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opentvs.security.control.ScopePolicy;

/**
 * The hotlist as analysts see it ({@link HotlistView}): each hit with whom it concerns (names: an audited read), the flight and why.
 * Names and flights come from the owners' published views ({@code manifest_travelers}, {@code holdings_identities},
 * {@code manifest_flights}), which PostgreSQL expands into this one query: the list is filtered by scope and cut by the limit in SQL.
 */
@Dependent
public class HotlistRows {

    static final String SELECT = "select cast(h.id as varchar), h.kind, h.status, h.category, h.basis, h.high_priority,"
            + " h.name_score, h.biometric_score, h.biographic_agreement, cast(h.watchlist_entry_id as varchar),"
            + " cast(h.subject_id as varchar), h.subject_kind, coalesce(t.family_name, i.family_name), coalesce(t.given_names, i.given_names),"
            + " cast(coalesce(t.date_of_birth, i.date_of_birth) as varchar), coalesce(t.nationality, i.nationality), f.carrier, f.number,"
            + " cast(f.departure_date as varchar), f.departure_airport, h.reason, h.decided_by, cast(h.decided_at as varchar),"
            + " cast(h.created_at as varchar) from hotlist_entry h left join manifest_travelers t on t.id = h.subject_id and h.subject_kind = 'TRAVELER'"
            + " left join holdings_identities i on i.id = h.subject_id and h.subject_kind = 'IDENTITY'"
            + " left join manifest_flights f on f.id = h.flight_id";

    @PersistenceContext
    EntityManager em;

    /** The entries within the caller's scope: by the flight's carrier and airports; identities without a flight are national. */
    public List<HotlistView> list(String status, int limit, ScopePolicy scope) {
        StringBuilder sql = new StringBuilder(SELECT + " where true");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" and h.status = ?");
            params.add(status);
        }
        restrict(sql, params, scope);
        sql.append(" order by h.high_priority desc, h.created_at desc limit ").append(limit);
        return run(sql, params);
    }

    public HotlistView one(UUID id, ScopePolicy scope) {
        StringBuilder sql = new StringBuilder(SELECT + " where h.id = ?");
        List<Object> params = new ArrayList<>(List.of(id));
        restrict(sql, params, scope);
        List<HotlistView> rows = run(sql, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void restrict(StringBuilder sql, List<Object> params, ScopePolicy scope) {
        scope.restrict(sql, params, "f.carrier", "f.departure_airport", "f.arrival_airport");
    }

    private List<HotlistView> run(StringBuilder sql, List<Object> params) {
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(HotlistView::of).toList();
    }
}
