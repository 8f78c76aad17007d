package org.opentvs.reporting.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opentvs.reporting.entity.DayRow;
import org.opentvs.reporting.entity.Proportion;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.Segment;
import org.opentvs.reporting.entity.SegmentRow;
import org.opentvs.reporting.entity.SqlWhere;

/** The performance dashboard's reads, from report_flight (per flight) and report_hour (per capture hour). */
public final class PerformanceQueries {

    static final Set<String> FLIGHT_COLUMNS = Set.of("port", "terminal", "gate", "carrier", "flight_number", "flight_date", "algorithm");
    static final Set<String> HOUR_COLUMNS = Set.of("port", "terminal", "gate", "carrier", "flight_number", "flight_date",
            "touchpoint", "algorithm");
    private static final String FLIGHT_SUMS = "count(distinct flight_id), sum(expected), sum(least(photographed, expected)),"
            + " sum(least(matched, photographed)), sum(in_scope), sum(least(biometric_confirmed, in_scope)), sum(biographic_confirmed)";

    private PerformanceQueries() {
    }

    public static List<SegmentRow> segments(Connection c, ReportFilter filter, Segment segment) throws SQLException {
        int width = segment.columns().size();
        Map<List<String>, SegmentRow> rows = new LinkedHashMap<>();
        String flights = "select " + segment.selectList() + ", " + FLIGHT_SUMS + " from report_flight %WHERE% group by "
                + groupBy(width);
        for (SegmentRow r : Rows.query(c, flights, flightWhere(filter, segment == Segment.TOUCHPOINT),
                rs -> SegmentRow.empty(Rows.key(rs, width))
                        .withFlights(rs.getLong(width + 1), rs.getLong(width + 2), rs.getLong(width + 3), rs.getLong(width + 4),
                                rs.getLong(width + 5), rs.getLong(width + 6), rs.getLong(width + 7)))) {
            rows.put(r.key(), r);
        }
        String hours = "select " + segment.selectList() + ", sum(verifications), sum(no_matches), sum(capture_failures),"
                + " sum(see_officer) from report_hour %WHERE% group by " + groupBy(width);
        SqlWhere hourWhere = new SqlWhere().and("hour >= ? and hour < ?", filter.startUtc(), filter.endUtc());
        filter.segmentConditions(hourWhere, HOUR_COLUMNS);
        for (List<Object> r : Rows.query(c, hours, hourWhere, rs -> List.<Object>of(Rows.key(rs, width), rs.getLong(width + 1),
                rs.getLong(width + 2), rs.getLong(width + 3), rs.getLong(width + 4)))) {
            @SuppressWarnings("unchecked")
            List<String> key = (List<String>) r.get(0);
            rows.put(key, rows.getOrDefault(key, SegmentRow.empty(key)).withCaptures((Long) r.get(1), (Long) r.get(2),
                    (Long) r.get(3), (Long) r.get(4)));
        }
        return rows.values().stream().sorted(Comparator.comparing(SegmentRow::label)).toList();
    }

    public static SegmentRow total(List<SegmentRow> rows) {
        return rows.stream().reduce(SegmentRow.empty(List.of("All")), SegmentRow::plus);
    }

    public static List<DayRow> trend(Connection c, ReportFilter filter) throws SQLException {
        String sql = "select flight_date, " + FLIGHT_SUMS + " from report_flight %WHERE% group by flight_date order by flight_date";
        return Rows.query(c, sql, flightWhere(filter, false), rs -> {
            long expected = rs.getLong(3);
            long photographed = rs.getLong(4);
            return new DayRow(rs.getObject(1, java.time.LocalDate.class), Proportion.capped(photographed, expected),
                    Proportion.capped(rs.getLong(5), photographed), Proportion.capped(rs.getLong(7), rs.getLong(6)));
        });
    }

    /** report_flight rows of the period: the flight-wide rows, or one touchpoint's, or every touchpoint's. */
    static SqlWhere flightWhere(ReportFilter filter, boolean byTouchpoint) {
        SqlWhere where = new SqlWhere().and("flight_date between ? and ?", filter.from(), filter.to());
        if (filter.touchpoint() != null && !filter.touchpoint().isBlank()) {
            where.and("touchpoint = ?", filter.touchpoint().trim());
        } else {
            where.and(byTouchpoint ? "touchpoint <> '*'" : "touchpoint = '*'");
        }
        filter.segmentConditions(where, FLIGHT_COLUMNS);
        return where;
    }

    static String groupBy(int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= width; i++) {
            sb.append(i == 1 ? "" : ", ").append(i);
        }
        return sb.toString();
    }
}
