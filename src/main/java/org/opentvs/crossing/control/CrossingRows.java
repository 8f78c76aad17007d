package org.opentvs.crossing.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opentvs.crossing.entity.CrossingRow;

/** Reads crossing rows from a result set (RETURNING * or a query). */
final class CrossingRows {

    private CrossingRows() {
    }

    static List<CrossingRow> all(ResultSet rs) throws SQLException {
        List<CrossingRow> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(one(rs));
        }
        return rows;
    }

    static CrossingRow one(ResultSet rs) throws SQLException {
        float score = rs.getFloat("score");
        Float boxedScore = rs.wasNull() ? null : score;
        return new CrossingRow(rs.getObject("id", UUID.class), rs.getObject("traveler_id", UUID.class),
                rs.getObject("identity_id", UUID.class),
                rs.getObject("verification_id", UUID.class), rs.getString("direction"), rs.getString("confirmation"),
                rs.getString("touchpoint"), rs.getString("port"), rs.getString("device_id"), rs.getObject("gallery_id", UUID.class),
                boxedScore,
                rs.getString("carrier"), rs.getString("flight_number"), rs.getObject("flight_date", LocalDate.class),
                rs.getString("family_name"),
                rs.getString("given_names"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"),
                rs.getString("nationality"),
                rs.getString("document_number"), rs.getString("document_country"), instant(rs, "occurred_at"), instant(rs, "recorded_at"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
