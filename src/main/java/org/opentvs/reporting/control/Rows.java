package org.opentvs.reporting.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.reporting.entity.SqlWhere;

/** Runs a read with a built WHERE clause and maps its rows. */
final class Rows {

    @FunctionalInterface
    interface Mapper<T> {

        T map(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    /** {@code sql} holds the literal {@code %WHERE%} where the conditions go. */
    static <T> List<T> query(Connection c, String sql, SqlWhere where, Mapper<T> mapper) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.replace("%WHERE%", where.sql()))) {
            where.bind(c, ps, 1);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        }
    }

    static List<String> key(ResultSet rs, int columns) throws SQLException {
        List<String> key = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
            key.add(rs.getString(i));
        }
        return key;
    }
}
