package org.opentvs.reporting.entity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A WHERE clause built from conditions with bound parameters (never concatenated values). */
public final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public SqlWhere and(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    SqlWhere equal(Set<String> columns, String column, String value) {
        if (value != null && !value.isBlank() && columns.contains(column)) {
            and(column + " = ?", value.trim());
        }
        return this;
    }

    public String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    /** Binds the parameters from position {@code first} on; returns the next free position. */
    public int bind(Connection c, PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object p : params) {
            if (p instanceof String[] codes) {
                Array array = c.createArrayOf("varchar", codes);
                ps.setArray(i++, array);
            } else {
                ps.setObject(i++, p);
            }
        }
        return i;
    }
}
