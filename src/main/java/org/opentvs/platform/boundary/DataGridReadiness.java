package org.opentvs.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opentvs.platform.control.DataGrid;

/** Whether this node runs in a data grid and with how many members (information: a node alone is ready too). */
@Readiness
@ApplicationScoped
public class DataGridReadiness implements HealthCheck {

    @Inject
    DataGrid grid;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("data-grid").up().withData("clustered", grid.clustered()).withData("members", grid.members())
                .build();
    }
}
