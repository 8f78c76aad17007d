package org.opentvs.reconciliation.batch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The application datasource for the job's set-based SQL. Inside a chunk the connection is the
 * chunk transaction's (enlisted by the container); in a batchlet it commits statement by statement.
 */
@ApplicationScoped
public class ReconDataSource {

    @Resource(lookup = "jdbc/opentvs")
    DataSource dataSource;

    public Connection get() throws SQLException {
        return dataSource.getConnection();
    }
}
