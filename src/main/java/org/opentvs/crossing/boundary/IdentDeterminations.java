package org.opentvs.crossing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Role;

/**
 * The IDENT mismatch hook: {@code POST /api/v1/crossings/{id}/ident-determination} records OBIM/IDENT's
 * determination for an exported crossing ({@code MATCH} or {@code NO_MATCH}); when it contradicts our
 * biometric confirmation the crossing is flagged as a mismatch for review. A batch importer of
 * OBIM mismatch reports would call the same boundary per line.
 */
@Stateless
@Path("crossings/{id}/ident-determination")
@Produces(MediaType.APPLICATION_JSON)
public class IdentDeterminations {

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
    @Roles({Role.ADMIN, Role.HOLDINGS_FEED})
    public Response record(@PathParam("id") String id, IdentDeterminationRequest body) {
        String determination = body.determination().toUpperCase();
        UUID crossingId;
        try {
            crossingId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Crossing " + id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> crossing = em.createNativeQuery("select confirmation, carrier, port from crossing where id = ?")
                .setParameter(1, crossingId).getResultList();
        if (crossing.isEmpty() || !caller.policy().covers((String) crossing.get(0)[1], (String) crossing.get(0)[2])) {
            throw ApiException.notFound("Crossing " + id);
        }
        boolean ours = "BIOMETRIC".equals(crossing.get(0)[0]);
        boolean mismatch = ours != determination.equals("MATCH");
        em.createNativeQuery(
                "insert into ident_determination (crossing_id, determination, ident_record, mismatch, received_at, received_from)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (crossing_id) do update set determination = excluded.determination,"
                        + " ident_record = excluded.ident_record, mismatch = excluded.mismatch, received_at = excluded.received_at")
                .setParameter(1, crossingId).setParameter(2, determination).setParameter(3, body.identRecord())
                .setParameter(4, mismatch).setParameter(5, Timestamp.from(clock.now())).setParameter(6, caller.get().auditName())
                .executeUpdate();
        audit.record(caller.get(), "UPDATE", "crossing", crossingId,
                "IDENT determination " + determination + (mismatch ? " (mismatch)" : ""));
        return Response.status(201).entity(new IdentDeterminationReply(id, determination, mismatch)).build();
    }
}
