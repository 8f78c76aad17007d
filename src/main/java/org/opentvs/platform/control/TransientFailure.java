package org.opentvs.platform.control;

import java.sql.SQLException;
import java.util.Set;

/** A database failure that a new attempt of the same transaction can get past: a deadlock or a serialization failure. */
public final class TransientFailure {

    private static final Set<String> STATES = Set.of("40P01", "40001");

    private TransientFailure() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
