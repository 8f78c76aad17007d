package org.opentvs.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opentvs.platform.control.DegradedWrites;

/**
 * Ready when the schema migrations have been applied and PostgreSQL answers, or, while it does not,
 * when verifications can still be recorded in the local journal ({@code mode: DEGRADED}: matching
 * goes on from memory; feeds that need the database answer 503 with Retry-After).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/opentvs")
    DataSource dataSource;

    @Inject
    FlywayMigrator migrator;

    @Inject
    jakarta.enterprise.inject.Instance<DegradedWrites> degraded;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection c = dataSource.getConnection()) {
            reachable = c.isValid(2);
        } catch (SQLException e) {
            reachable = false;
        }
        String version = migrator.schemaVersion();
        boolean journal = !reachable && degraded.stream().anyMatch(DegradedWrites::canRecordWithoutDatabase);
        return HealthCheckResponse.named("database")
                .status(version != null && (reachable || journal))
                .withData("reachable", reachable)
                .withData("mode", reachable ? "UP" : journal ? "DEGRADED" : "DOWN")
                .withData("schemaVersion", version == null ? "none" : version)
                .build();
    }
}
