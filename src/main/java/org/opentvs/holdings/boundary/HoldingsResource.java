package org.opentvs.holdings.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opentvs.holdings.entity.HoldingIdentity;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/** Reference holdings feed: {@code POST /api/v1/holdings/identities}. */
@RequestScoped
@Path("holdings/identities")
@Produces(MediaType.APPLICATION_JSON)
public class HoldingsResource {

    @Inject
    HoldingEnrolment enrolment;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.HOLDINGS_FEED, Role.ADMIN})
    public Response enrol(HoldingRequest body) {
        HoldingIdentity identity = enrolment.enrol(body, caller.get());
        return Response.status(201).entity(HoldingIdentityReply.of(identity)).build();
    }
}
