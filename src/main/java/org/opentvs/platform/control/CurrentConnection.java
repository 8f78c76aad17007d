package org.opentvs.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;

/**
 * The JDBC connection of the current JTA transaction, the one EclipseLink writes with, for
 * set-based SQL (arrays, INSERT … SELECT … RETURNING). Taking a second pooled connection inside a
 * transaction would deadlock under load once the pool is exhausted. Never close it.
 */
@Dependent
public class CurrentConnection {

    @PersistenceContext
    EntityManager em;

    public Connection get() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("set-based SQL needs an active transaction");
        }
        return connection;
    }
}
