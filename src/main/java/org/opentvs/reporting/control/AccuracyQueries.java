package org.opentvs.reporting.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opentvs.reporting.entity.AccuracyRow;
import org.opentvs.reporting.entity.Proportion;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.Segment;
import org.opentvs.reporting.entity.SqlWhere;

/**
 * Accuracy per segment. The false non-match estimate counts, per flight, the referrals to an officer
 * after repeated no-matches that the flight's biographic confirmations show were travelers on the
 * manifest (the lesser of the two), over matched persons plus those. Each row names the algorithms
 * and versions whose captures produced it.
 */
public final class AccuracyQueries {

    private static final String GROUND_TRUTH = "select %COLS%, count(*) filter (where not g.mated),"
            + " count(*) filter (where not g.mated and v.decision = 'MATCH'), count(*) filter (where g.mated),"
            + " count(*) filter (where g.mated and not (v.decision = 'MATCH' and v.traveler_id is not distinct from g.true_traveler_id))"
            + " from verification v join report_ground_truth g on g.verification_id = v.id %WHERE%"
            + " and v.decision <> 'CAPTURE_FAILED' group by %GROUP%";

    private AccuracyQueries() {
    }

    public static List<AccuracyRow> rows(Connection c, ReportFilter filter, Segment segment) throws SQLException {
        int w = segment.columns().size();
        String group = PerformanceQueries.groupBy(w);
        Map<List<String>, AccuracyRow> rows = new LinkedHashMap<>();
        SqlWhere hourWhere = new SqlWhere().and("hour >= ? and hour < ?", filter.startUtc(), filter.endUtc());
        filter.segmentConditions(hourWhere, PerformanceQueries.HOUR_COLUMNS);
        for (AccuracyRow r : Rows.query(c, "select " + segment.selectList() + ", sum(capture_failures), sum(verifications),"
                + " string_agg(distinct nullif(trim(algorithm || ' ' || algorithm_version), ''), ', ')"
                + " from report_hour %WHERE% group by " + group, hourWhere,
                rs -> AccuracyRow.empty(Rows.key(rs, w)).withFta(new Proportion(rs.getLong(w + 1), rs.getLong(w + 2)))
                        .withAlgorithms(rs.getString(w + 3)))) {
            rows.put(r.key(), r);
        }
        String fnm = "select " + segment.selectList() + ", sum(least(see_officer, biographic_confirmed)), sum(matched)"
                + " from report_flight %WHERE% group by " + group;
        for (AccuracyRow r : Rows.query(c, fnm, PerformanceQueries.flightWhere(filter, segment == Segment.TOUCHPOINT),
                rs -> AccuracyRow.empty(Rows.key(rs, w))
                        .withFnmr(new Proportion(rs.getLong(w + 1), rs.getLong(w + 1) + rs.getLong(w + 2))))) {
            rows.merge(r.key(), r, (a, b) -> a.withFnmr(b.fnmr()).withAlgorithms(a.algorithms() != null ? a.algorithms() : b.algorithms()));
        }
        SqlWhere truthWhere = new SqlWhere().and("v.at >= ? and v.at < ?", filter.startUtc(), filter.endUtc());
        filter.segmentConditions(truthWhere, PerformanceQueries.HOUR_COLUMNS);
        String truth = GROUND_TRUTH.replace("%COLS%", segment.selectList()).replace("%GROUP%", group);
        for (AccuracyRow r : Rows.query(c, truth, truthWhere, rs -> AccuracyRow.empty(Rows.key(rs, w)).withGroundTruth(
                new Proportion(rs.getLong(w + 2), rs.getLong(w + 1)), new Proportion(rs.getLong(w + 4), rs.getLong(w + 3))))) {
            rows.merge(r.key(), r, (a, b) -> a.withGroundTruth(b.fpir(), b.fnir()));
        }
        return rows.values().stream().sorted(Comparator.comparing(AccuracyRow::label)).toList();
    }
}
