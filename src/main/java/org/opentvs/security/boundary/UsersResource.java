package org.opentvs.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.opentvs.platform.control.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.boundary.JsonShape;
import org.opentvs.platform.control.FieldLimit;
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
    private static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD = 200;

    private static final JsonShape SHAPE = JsonShape.of(JsonShape.text("username", FieldLimit.USERNAME),
            JsonShape.text("password", MAX_PASSWORD), Grant.ROLES, Grant.SCOPE);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles(Role.ADMIN)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body, SHAPE);
        String username = json.string("username");
        if (!username.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw json.invalid("username", "must be 3 to 100 letters, digits or . _ @ -");
        }
        String password = json.string("password");
        if (password.length() < MIN_PASSWORD) {
            throw json.invalid("password", "must have at least " + MIN_PASSWORD + " characters");
        }
        Grant grant = Grant.of(json);
        Set<String> roles = grant.roles();
        Scope scope = grant.scope();
        long taken = ((Number) em.createNativeQuery("select count(*) from app_user where username = ?")
                .setParameter(1, username).getSingleResult()).longValue();
        if (taken > 0) {
            throw new ApiException(409, "USERNAME_TAKEN", "User " + username + " exists already", null);
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into app_user (id, username, password_hash, roles, carriers, airports, ports, partners)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, username).setParameter(3, Secrets.hashPassword(password))
                .setParameter(4, Scope.format(roles)).setParameter(5, Scope.format(scope.carriers()))
                .setParameter(6, Scope.format(scope.airports())).setParameter(7, Scope.format(scope.ports()))
                .setParameter(8, Scope.format(scope.partners())).executeUpdate();
        audit.record(caller.get(), "CREATE", "user", id, "roles=" + Scope.format(roles));
        LOG.info(() -> "Created user " + id + " with roles " + Scope.format(roles));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", id.toString())
                .add("roles", Json.createArrayBuilder(roles)).build().toString()).build();
    }

    @GET
    @Roles(Role.ADMIN)
    public String list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, username, roles, carriers, airports, ports, enabled, created_at, partners"
                + " from app_user order by created_at").getResultList();
        JsonArrayBuilder users = Json.createArrayBuilder();
        for (Object[] row : rows) {
            users.add(Json.createObjectBuilder().add("id", row[0].toString()).add("username", row[1].toString())
                    .add("roles", row[2].toString()).add("carriers", row[3].toString()).add("airports", row[4].toString())
                    .add("ports", row[5].toString()).add("enabled", (Boolean) row[6]).add("createdAt", row[7].toString())
                    .add("partners", row[8].toString()));
        }
        return users.build().toString();
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
        int changed = em.createNativeQuery("update app_user set enabled = false where id = ? and enabled and username <> 'admin'")
                .setParameter(1, userId).executeUpdate();
        if (changed == 0) {
            throw ApiException.notFound("Enabled user " + id + " (other than admin)");
        }
        revocation.revoke();
        audit.record(caller.get(), "DISABLE", "user", userId, null);
        return Response.noContent().build();
    }
}
