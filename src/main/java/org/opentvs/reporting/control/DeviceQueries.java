package org.opentvs.reporting.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.opentvs.reporting.entity.DeviceRow;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.SqlWhere;

/**
 * Capture devices from report_device_day. A device is silent when it has sent nothing for
 * {@code silentMinutes} although it sent in the period (judged only for periods that reach today): a
 * camera that stops sending is an outage.
 */
public final class DeviceQueries {

    private DeviceQueries() {
    }

    public static List<DeviceRow> rows(Connection c, ReportFilter filter, OffsetDateTime now, long silentMinutes) throws SQLException {
        SqlWhere where = new SqlWhere().and("day between ? and ?", filter.from(), filter.to());
        filter.segmentConditions(where, Set.of("port"));
        String sql = "select device_id, max(device_type), max(device_make), max(device_model), string_agg(distinct port, ', '),"
                + " sum(verifications), sum(capture_failures), sum(quality_sum) / nullif(sum(quality_n), 0), max(last_seen),"
                + " sum(inter_eye_sum) / nullif(sum(faces), 0), sum(sharpness_sum) / nullif(sum(faces), 0),"
                + " sum(failures_no_face), sum(failures_quality)"
                + " from report_device_day %WHERE% group by device_id order by max(last_seen) asc, device_id";
        OffsetDateTime silentBefore = filter.to().isBefore(now.toLocalDate()) ? null : now.minusMinutes(silentMinutes);
        return Rows.query(c, sql, where, rs -> {
            OffsetDateTime last = rs.getObject(9, OffsetDateTime.class);
            return new DeviceRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                    rs.getLong(7), (Double) rs.getObject(8), last, silent(last, silentBefore), (Double) rs.getObject(10),
                    (Double) rs.getObject(11), rs.getLong(12), rs.getLong(13));
        });
    }

    static boolean silent(OffsetDateTime lastSeen, OffsetDateTime silentBefore) {
        return silentBefore != null && lastSeen != null && lastSeen.isBefore(silentBefore);
    }
}
