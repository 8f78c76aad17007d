package org.opentvs.reporting.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opentvs.reporting.entity.LatencyRow;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.SqlWhere;

/** p50/p95/p99 of verification response time by touchpoint and hour of day, merged from report_latency histograms. */
public final class LatencyQueries {

    private LatencyQueries() {
    }

    /** Per touchpoint: first its all-hours row, then one row per hour of day that had traffic. */
    public static List<LatencyRow> rows(Connection c, ReportFilter filter) throws SQLException {
        SqlWhere where = new SqlWhere().and("hour >= ? and hour < ?", filter.startUtc(), filter.endUtc());
        filter.segmentConditions(where, Set.of("port", "touchpoint"));
        String sql = "select touchpoint, extract(hour from hour at time zone 'UTC')::int, bucket, sum(n) from report_latency"
                + " %WHERE% group by 1, 2, 3";
        Map<String, Map<Integer, LatencyHistogram>> byTouchpoint = new TreeMap<>();
        Rows.query(c, sql, where, rs -> {
            Map<Integer, LatencyHistogram> hours = byTouchpoint.computeIfAbsent(rs.getString(1), t -> new TreeMap<>());
            hours.computeIfAbsent(-1, h -> new LatencyHistogram()).add(rs.getInt(3), rs.getLong(4));
            hours.computeIfAbsent(rs.getInt(2), h -> new LatencyHistogram()).add(rs.getInt(3), rs.getLong(4));
            return null;
        });
        List<LatencyRow> rows = new ArrayList<>();
        byTouchpoint.forEach((touchpoint, hours) -> hours.forEach((hour, h) -> rows.add(new LatencyRow(touchpoint,
                hour < 0 ? null : hour, h.count(), h.percentileMillis(0.5), h.percentileMillis(0.95), h.percentileMillis(0.99)))));
        return rows;
    }
}
