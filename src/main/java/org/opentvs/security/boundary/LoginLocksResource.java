package org.opentvs.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.control.LoginThrottle;
import org.opentvs.security.entity.Role;

/** Sign-in locks (accounts and source addresses after too many failures): list and clear. */
@Stateless
@Path("admin/login-locks")
@Produces(MediaType.APPLICATION_JSON)
public class LoginLocksResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @GET
    @Roles(Role.ADMIN)
    public List<LoginLockReply> list() {
        return LoginThrottle.shared().locks().stream().map(LoginLockReply::of).toList();
    }

    @DELETE
    @Path("accounts/{username}")
    @Roles(Role.ADMIN)
    public Response clearAccount(@PathParam("username") String username) {
        return clear(LoginThrottle.Kind.ACCOUNT, username);
    }

    @DELETE
    @Path("addresses/{address}")
    @Roles(Role.ADMIN)
    public Response clearAddress(@PathParam("address") String address) {
        return clear(LoginThrottle.Kind.ADDRESS, address);
    }

    private Response clear(LoginThrottle.Kind kind, String key) {
        if (key.length() > 100 || !LoginThrottle.shared().clear(kind, key)) {
            throw ApiException.notFound("Sign-in lock or failure count for " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        audit.record(caller.get(), "UNLOCK", kind == LoginThrottle.Kind.ACCOUNT ? "login-account" : "login-address", key, null);
        return Response.noContent().build();
    }
}
