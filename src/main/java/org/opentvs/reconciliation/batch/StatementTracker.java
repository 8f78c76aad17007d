package org.opentvs.reconciliation.batch;

import java.sql.SQLException;
import java.sql.Statement;

/** Keeps the statements in flight so that a stop of the step can cancel them. */
interface StatementTracker {

    <S extends Statement> S track(S statement) throws SQLException;

    void untrack(Statement statement);
}
