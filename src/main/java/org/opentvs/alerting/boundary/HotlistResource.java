package org.opentvs.alerting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.opentvs.alerting.control.HotlistView;
import org.opentvs.alerting.entity.HotlistStatus;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/** {@code GET /api/v1/hotlist}, {@code POST /api/v1/hotlist/{id}/validate} and {@code /dismiss}, each with {"reason"}. */
@RequestScoped
@Path("hotlist")
@Produces(MediaType.APPLICATION_JSON)
public class HotlistResource {

    @Inject
    HotlistReview review;

    @Inject
    CurrentCaller caller;

    @GET
    @Roles({Role.PAU_ANALYST, Role.ADMIN})
    public List<HotlistView> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        String wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = HotlistStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("'status' must be one of PENDING, VALIDATED, DISMISSED, WITHDRAWN");
            }
        }
        int max = limit == null ? 200 : Math.max(1, Math.min(limit, 1000));
        return review.list(wanted, max, caller.get());
    }

    @POST
    @Path("{id}/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.PAU_ANALYST, Role.ADMIN})
    public HotlistView validate(@PathParam("id") String id, HotlistDecision body) {
        return review.decide(Ids.parse(id, "Hotlist entry"), true, body.reason(), caller.get());
    }

    @POST
    @Path("{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.PAU_ANALYST, Role.ADMIN})
    public HotlistView dismiss(@PathParam("id") String id, HotlistDecision body) {
        return review.decide(Ids.parse(id, "Hotlist entry"), false, body.reason(), caller.get());
    }
}
