package org.opentvs.security.control;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The application's data source for the parts of security that run outside CDI (the realm). */
final class SecurityDatabase {

    private static volatile DataSource dataSource;

    private SecurityDatabase() {
    }

    static DataSource get() {
        if (dataSource == null) {
            try {
                dataSource = (DataSource) new InitialContext().lookup("jdbc/opentvs");
            } catch (NamingException e) {
                throw new IllegalStateException("jdbc/opentvs is not configured", e);
            }
        }
        return dataSource;
    }
}
