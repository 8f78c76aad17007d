package org.opentvs.reconciliation.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/** {@code GET /api/v1/reconciliation/runs/latest}: the report of the last finished reconciliation run (counts only). */
@Stateless
@Path("reconciliation/runs")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationRunsResource {

    @PersistenceContext
    EntityManager em;

    @GET
    @Path("latest")
    @Roles({Role.BATCH_OPERATOR, Role.PAU_ANALYST, Role.PROGRAM_MANAGER, Role.ADMIN})
    public String latest() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select cast(summary || jsonb_build_object('finishedAt', finished_at) as varchar)"
                + " from recon_run order by finished_at desc, execution_id desc limit 1").getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Reconciliation run");
        }
        return rows.get(0).toString();
    }
}
