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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.control.ApiClients;
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

    @Inject
    ApiClients clients;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles(Role.ADMIN)
    public Response issue(ClientRequest body) {
        String name = body.name();
        Grant grant = Grant.of(body.roles(), body.scope());
        Set<String> roles = grant.roles();
        Scope scope = grant.scope();
        if (roles.contains(Role.MANIFEST_SUBMITTER) && scope.carriers().isEmpty()) {
            throw ApiException.invalidField("scope.carriers", "must name the carriers a manifest submitter sends for");
        }
        if (roles.contains(Role.CAPTURE_DEVICE) && scope.unlimited()) {
            throw ApiException.invalidField("scope", "must name the carriers or ports a capture device serves");
        }
        if (roles.contains(Role.PARTNER) && scope.partners().isEmpty()) {
            throw ApiException.invalidField("scope.partners", "must name the partner country (e.g. CAN) a partner agency queries as");
        }
        Instant expiresAt = expiry(body.expiresAt());
        UUID id = UUID.randomUUID();
        String token = Secrets.newToken();
        clients.issue(id, name, Secrets.sha256(token), roles, scope, caller.get().auditName(), clock.now(), expiresAt);
        audit.record(caller.get(), "CREATE", "client", id, "roles=" + Scope.format(roles));
        LOG.info(() -> "Issued client " + id + " with roles " + Scope.format(roles));
        return Response.status(201).entity(ClientIssued.of(id, token, roles, expiresAt)).build();
    }

    /** The optional {@code expiresAt} (an ISO-8601 instant, in the future); after it the token is refused with 401. */
    private Instant expiry(String text) {
        if (text == null) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("expiresAt", "must be an ISO-8601 date and time with offset, e.g. 2027-01-31T00:00:00Z");
        }
        if (!at.isAfter(clock.now()) || at.isAfter(clock.now().plus(Duration.ofDays(3660)))) {
            throw ApiException.invalidField("expiresAt", "must lie in the future, within ten years");
        }
        return at;
    }

    @GET
    @Roles(Role.ADMIN)
    public List<ClientReply> list() {
        return clients.all().stream().map(ClientReply::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Roles(Role.ADMIN)
    public Response revoke(@PathParam("id") String id) {
        UUID clientId = parseId(id);
        if (!clients.revoke(clientId, clock.now())) {
            throw ApiException.notFound("Active client " + id);
        }
        revocation.revoke();
        audit.record(caller.get(), "REVOKE", "client", clientId, null);
        return Response.noContent().build();
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Client " + id);
        }
    }
}
