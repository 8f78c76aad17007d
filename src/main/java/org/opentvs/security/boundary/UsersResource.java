package org.opentvs.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.control.AppUsers;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.control.Secrets;
import org.opentvs.security.entity.Role;
import org.opentvs.security.entity.Scope;

/** People who log in to the portal: officers, analysts, managers, operators, with roles and ports. */
@Stateless
@Path("admin/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    CredentialRevocation revocation;

    private static final Logger LOG = Logger.getLogger(UsersResource.class.getName());

    @Inject
    AppUsers users;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles(Role.ADMIN)
    public Response create(UserRequest body) {
        String username = body.username();
        Grant grant = Grant.of(body.roles(), body.scope());
        Set<String> roles = grant.roles();
        Scope scope = grant.scope();
        if (users.exists(username)) {
            throw new ApiException(409, "USERNAME_TAKEN", "User " + username + " exists already", null);
        }
        UUID id = UUID.randomUUID();
        users.create(id, username, Secrets.hashPassword(body.password()), roles, scope);
        audit.record(caller.get(), "CREATE", "user", id, "roles=" + Scope.format(roles));
        LOG.info(() -> "Created user " + id + " with roles " + Scope.format(roles));
        return Response.status(201).entity(UserCreated.of(id, roles)).build();
    }

    @GET
    @Roles(Role.ADMIN)
    public List<UserReply> list() {
        return users.all().stream().map(UserReply::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Roles(Role.ADMIN)
    public Response disable(@PathParam("id") String id) {
        UUID userId;
        try {
            userId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("User " + id);
        }
        if (!users.disable(userId)) {
            throw ApiException.notFound("Enabled user " + id + " (other than admin)");
        }
        revocation.revoke();
        audit.record(caller.get(), "DISABLE", "user", userId, null);
        return Response.noContent().build();
    }
}
