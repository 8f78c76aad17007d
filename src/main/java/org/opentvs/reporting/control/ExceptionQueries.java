package org.opentvs.reporting.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opentvs.platform.control.Json;
import org.opentvs.reporting.entity.AlertCount;
import org.opentvs.reporting.entity.JobRunRow;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.SqlWhere;

/** Exceptions and reconciliation: alerts by kind and outcome, and the latest run of each batch job. */
public final class ExceptionQueries {

    private ExceptionQueries() {
    }

    public static List<AlertCount> alerts(Connection c, ReportFilter filter) throws SQLException {
        SqlWhere where = new SqlWhere().and("raised_at >= ? and raised_at < ?", filter.startUtc(), filter.endUtc());
        filter.segmentConditions(where, Set.of("port"));
        return Rows.query(c, "select kind, status, count(*) from alert %WHERE% group by 1, 2 order by 1, 2", where,
                rs -> new AlertCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    public static List<JobRunRow> latestRuns(Connection c) throws SQLException {
        return Rows.query(c, "select distinct on (job) job, execution_id, started_at, ended_at, batch_status, exit_status,"
                + " summary::text from job_run %WHERE% order by job, started_at desc", new SqlWhere(),
                rs -> new JobRunRow(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), readable(rs.getString(7))));
    }

    /** A job's summary as "key: value, …" for people (the counts it reported). */
    static String readable(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        return o.entrySet().stream().map(ExceptionQueries::pair).collect(Collectors.joining(", "));
    }

    private static String pair(Map.Entry<String, JsonValue> e) {
        JsonValue v = e.getValue();
        String text = v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : v.toString();
        return e.getKey() + ": " + text;
    }
}
