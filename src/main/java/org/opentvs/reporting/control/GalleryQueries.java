package org.opentvs.reporting.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.opentvs.reporting.entity.GalleryBuild;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.SqlWhere;

/** Gallery build times (APIS receipt → gallery ready) of a period, and the late or failed ones. */
public final class GalleryQueries {

    private static final String COLUMNS = "select coalesce(f.carrier || f.number, ''), coalesce(cast(f.departure_date as varchar), ''),"
            + " coalesce(f.departure_airport, g.port, ''), g.status, g.expected, g.with_reference, g.manifest_received_at,"
            + " g.ready_at, g.build_millis from gallery g left join flight f on f.id = g.flight_id";

    private GalleryQueries() {
    }

    public static long[] buildMillis(Connection c, ReportFilter filter) throws SQLException {
        SqlWhere where = period(filter).and("g.build_millis is not null");
        return Rows.query(c, "select g.build_millis from gallery g left join flight f on f.id = g.flight_id %WHERE%", where,
                rs -> rs.getLong(1)).stream().mapToLong(Long::longValue).toArray();
    }

    /** Galleries slower than {@code lateMillis}, or never ready (failed, or still building after that long). */
    public static List<GalleryBuild> late(Connection c, ReportFilter filter, long lateMillis, OffsetDateTime now) throws SQLException {
        SqlWhere where = period(filter).and("(g.build_millis > ? or g.status = 'FAILED' or (g.ready_at is null and g.status = 'BUILDING'"
                + " and g.created_at < ?))", lateMillis, now.minusNanos(lateMillis * 1_000_000));
        return Rows.query(c, COLUMNS + " %WHERE% order by g.build_millis desc nulls first limit 1000", where,
                rs -> new GalleryBuild(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class), (Integer) rs.getObject(9)));
    }

    private static SqlWhere period(ReportFilter filter) {
        SqlWhere where = new SqlWhere().and("g.created_at >= ? and g.created_at < ?", filter.startUtc(), filter.endUtc());
        if (filter.port() != null && !filter.port().isBlank()) {
            where.and("coalesce(f.departure_airport, g.port) = ?", filter.port().trim());
        }
        if (!filter.scopePorts().isEmpty()) {
            where.and("coalesce(f.departure_airport, g.port) = any(?)", (Object) filter.scopePorts().toArray(String[]::new));
        }
        return where;
    }
}
