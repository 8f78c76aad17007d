package org.opentvs.reconciliation.batch;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One column of a batch as a SQL {@code text[]} (nulls kept), for {@code unnest(?::type[], …)} writes. */
final class SqlArrays {

    private SqlArrays() {
    }

    static <T> Array text(Connection c, List<T> rows, Function<T, ?> column) throws SQLException {
        return c.createArrayOf("text", rows.stream().map(column).map(v -> v == null ? null : Objects.toString(v)).toArray());
    }
}
