package org.opentvs.reconciliation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.reconciliation.control.ReconRuns;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/**
 * {@code GET /api/v1/reconciliation/runs/latest}: the report of the last finished reconciliation run (counts only), the stored
 * summary document as it is kept.
 */
@Stateless
@Path("reconciliation/runs")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationRunsResource {

    @Inject
    ReconRuns runs;

    @GET
    @Path("latest")
    @Roles({Role.BATCH_OPERATOR, Role.PAU_ANALYST, Role.PROGRAM_MANAGER, Role.ADMIN})
    public String latest() {
        return runs.latestReport().orElseThrow(() -> ApiException.notFound("Reconciliation run"));
    }
}
