package org.opentvs.manifest.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.opentvs.manifest.control.ManifestReceipt;
import org.opentvs.manifest.entity.RawMessage;
import org.opentvs.manifest.entity.Submission;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/** Administrators see quarantined messages with their errors and re-process them after a fix. */
@RequestScoped
@Path("admin/quarantine")
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    ManifestArchive archive;

    @Inject
    ManifestReception reception;

    @Inject
    CurrentCaller caller;

    @GET
    @Roles(Role.ADMIN)
    public List<QuarantinedMessage> list(@QueryParam("limit") Integer limit) {
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        List<RawMessage> quarantined = em
                .createQuery("select r from RawMessage r where r.status = :s order by r.receivedAt desc", RawMessage.class)
                .setParameter("s", RawMessage.Status.QUARANTINED).setMaxResults(max).getResultList();
        return quarantined.stream().map(QuarantinedMessage::of).toList();
    }

    @GET
    @Path("{id}")
    @Roles(Role.ADMIN)
    public QuarantinedMessage one(@PathParam("id") String id) {
        return QuarantinedMessage.of(find(id));
    }

    @POST
    @Path("{id}/reprocess")
    @Roles(Role.ADMIN)
    public Response reprocess(@PathParam("id") String id) {
        RawMessage raw = find(id);
        if (raw.status() != RawMessage.Status.QUARANTINED) {
            throw new ApiException(409, "NOT_QUARANTINED", "Message " + id + " is " + raw.status() + ", not quarantined", null);
        }
        ManifestReceipt receipt = reception.reprocess(raw.id(),
                new Submission(Submission.Channel.REPROCESS, caller.get(), archive.body(raw)));
        return Response.ok(receipt).build();
    }

    private RawMessage find(String id) {
        RawMessage raw;
        try {
            raw = archive.find(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            raw = null;
        }
        if (raw == null) {
            throw ApiException.notFound("Quarantined message " + id);
        }
        return raw;
    }
}
