package org.opentvs.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.opentvs.platform.control.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.boundary.JsonShape;
import org.opentvs.platform.control.FieldLimit;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.control.Secrets;
import org.opentvs.security.entity.Role;
import org.opentvs.security.entity.Scope;

/** Machine clients: issue a token (shown once, optionally expiring), list with last use, revoke. */
@Stateless
@Path("admin/clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {

    @Inject
    CredentialRevocation revocation;

    private static final Logger LOG = Logger.getLogger(ClientsResource.class.getName());

    private static final JsonShape SHAPE = JsonShape.of(JsonShape.text("name", FieldLimit.CLIENT_NAME), Grant.ROLES, Grant.SCOPE,
            JsonShape.value("expiresAt"));

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles(Role.ADMIN)
    public Response issue(String body) {
        JsonBody json = JsonBody.parse(body, SHAPE);
        String name = json.string("name");
        Grant grant = Grant.of(json);
        Set<String> roles = grant.roles();
        Scope scope = grant.scope();
        if (roles.contains(Role.MANIFEST_SUBMITTER) && scope.carriers().isEmpty()) {
            throw json.invalid("scope.carriers", "must name the carriers a manifest submitter sends for");
        }
        if (roles.contains(Role.CAPTURE_DEVICE) && scope.unlimited()) {
            throw json.invalid("scope", "must name the carriers or ports a capture device serves");
        }
        if (roles.contains(Role.PARTNER) && scope.partners().isEmpty()) {
            throw json.invalid("scope.partners", "must name the partner country (e.g. CAN) a partner agency queries as");
        }
        Instant expiresAt = expiry(json);
        UUID id = UUID.randomUUID();
        String token = Secrets.newToken();
        em.createNativeQuery("insert into api_client (id, name, token_hash, roles, carriers, airports, ports, created_by, created_at,"
                        + " expires_at, partners) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, name).setParameter(3, Secrets.sha256(token))
                .setParameter(4, Scope.format(roles)).setParameter(5, Scope.format(scope.carriers()))
                .setParameter(6, Scope.format(scope.airports())).setParameter(7, Scope.format(scope.ports()))
                .setParameter(8, caller.get().auditName()).setParameter(9, java.sql.Timestamp.from(clock.now()))
                .setParameter(10, expiresAt == null ? null : java.sql.Timestamp.from(expiresAt))
                .setParameter(11, Scope.format(scope.partners())).executeUpdate();
        audit.record(caller.get(), "CREATE", "client", id, "roles=" + Scope.format(roles));
        LOG.info(() -> "Issued client " + id + " with roles " + Scope.format(roles));
        JsonObjectBuilder created = Json.createObjectBuilder().add("id", id.toString()).add("token", token)
                .add("roles", Json.createArrayBuilder(roles));
        nullable(created, "expiresAt", expiresAt);
        return Response.status(201).entity(created.build().toString()).build();
    }

    /** The optional {@code expiresAt} (an ISO-8601 instant, in the future); after it the token is refused with 401. */
    private Instant expiry(JsonBody json) {
        Optional<String> text = json.optionalString("expiresAt");
        if (text.isEmpty()) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text.get()).toInstant();
        } catch (DateTimeParseException e) {
            throw json.invalid("expiresAt", "must be an ISO-8601 date and time with offset, e.g. 2027-01-31T00:00:00Z");
        }
        if (!at.isAfter(clock.now()) || at.isAfter(clock.now().plus(Duration.ofDays(3660)))) {
            throw json.invalid("expiresAt", "must lie in the future, within ten years");
        }
        return at;
    }

    private static void nullable(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }

    @GET
    @Roles(Role.ADMIN)
    public String list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, roles, carriers, airports, ports, created_at, revoked_at,"
                + " expires_at, last_used_at, expires_at <= now(), partners from api_client order by created_at").getResultList();
        JsonArrayBuilder clients = Json.createArrayBuilder();
        for (Object[] row : rows) {
            JsonObjectBuilder client = Json.createObjectBuilder().add("id", row[0].toString()).add("name", row[1].toString())
                    .add("roles", row[2].toString()).add("carriers", row[3].toString()).add("airports", row[4].toString())
                    .add("ports", row[5].toString()).add("partners", row[11].toString()).add("createdAt", row[6].toString())
                    .add("revoked", row[7] != null).add("expired", Boolean.TRUE.equals(row[10]));
            nullable(client, "expiresAt", row[8] == null ? null : instant(row[8]));
            nullable(client, "lastUsedAt", row[9] == null ? null : instant(row[9]));
            clients.add(client);
        }
        return clients.build().toString();
    }

    @DELETE
    @Path("{id}")
    @Roles(Role.ADMIN)
    public Response revoke(@PathParam("id") String id) {
        UUID clientId = parseId(id);
        int changed = em.createNativeQuery("update api_client set revoked_at = ? where id = ? and revoked_at is null")
                .setParameter(1, java.sql.Timestamp.from(clock.now())).setParameter(2, clientId).executeUpdate();
        if (changed == 0) {
            throw ApiException.notFound("Active client " + id);
        }
        revocation.revoke();
        audit.record(caller.get(), "REVOKE", "client", clientId, null);
        return Response.noContent().build();
    }

    private static String instant(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp t ? t.toInstant().toString() : timestamp.toString();
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Client " + id);
        }
    }
}
