package org.opentvs.platform.control;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/** Tells "PostgreSQL (or the way to it) is down" apart from "the database refused this statement". */
public final class DatabaseFaults {

    private DatabaseFaults() {
    }

    public static boolean unreachable(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException || t instanceof SocketException
                    || t instanceof java.io.EOFException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.startsWith("jakarta.resource.") || type.startsWith("javax.resource.")) {
                return true; // the pool could not allocate a connection
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // no state: the pool's own "error in allocating a connection"; 08: connection; 57P: shutdown; 53300: too many
                if (state == null || state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
                    return true;
                }
            }
        }
        return false;
    }
}
