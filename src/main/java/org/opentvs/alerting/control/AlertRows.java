package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opentvs.alerting.entity.AlertRow;
import org.opentvs.security.control.ScopePolicy;

/** Reads alerts as officers see them, limited to the ports the caller's scope covers. */
@Dependent
public class AlertRows {

    private static final String COLUMNS = "select cast(id as varchar), seq, kind, status, port, touchpoint, terminal, gate, lane,"
            + " vehicle_plate, carrier, flight_number, flight_date, raised_at, device_id, cast(traveler_id as varchar),"
            + " cast(hotlist_entry_id as varchar), category, biometric_score, watchlist_score, biographic_agreement,"
            + " acknowledged_by, acknowledged_at, resolved_by, resolved_at from alert";

    @PersistenceContext
    EntityManager em;

    public Optional<AlertRow> byId(UUID id) {
        return run(COLUMNS + " where id = ?", List.of(id)).stream().findFirst();
    }

    /** Newest first; {@code status} and {@code port} may be null. */
    public List<AlertRow> recent(ScopePolicy scope, String status, String port, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS + " where true");
        List<Object> params = new ArrayList<>();
        scope.restrict(sql, params, "carrier", "port");
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status);
        }
        if (port != null) {
            sql.append(" and port = ?");
            params.add(port);
        }
        sql.append(" order by seq desc limit ").append(limit);
        return run(sql.toString(), params);
    }

    /** What a reconnecting device missed: alerts after {@code seq}, oldest first. */
    public List<AlertRow> after(long seq, ScopePolicy scope, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS + " where seq > ?");
        List<Object> params = new ArrayList<>(List.of(seq));
        scope.restrict(sql, params, "carrier", "port");
        sql.append(" order by seq limit ").append(limit);
        return run(sql.toString(), params);
    }

    private List<AlertRow> run(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(AlertRows::row).toList();
    }

    private static AlertRow row(Object[] r) {
        return new AlertRow(UUID.fromString((String) r[0]), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11],
                date(r[12]), instant(r[13]), (String) r[14], uuid(r[15]), uuid(r[16]), (String) r[17], real(r[18]), real(r[19]),
                (String) r[20], (String) r[21], instant(r[22]), (String) r[23], instant(r[24]));
    }

    private static UUID uuid(Object v) {
        return v == null ? null : UUID.fromString((String) v);
    }

    private static Float real(Object v) {
        return v == null ? null : ((Number) v).floatValue();
    }

    private static LocalDate date(Object v) {
        return v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(v.toString());
    }

    private static Instant instant(Object v) {
        return v == null ? null : v instanceof Timestamp t ? t.toInstant() : Instant.parse(v.toString());
    }
}
