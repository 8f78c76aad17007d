package org.opentvs.alerting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Locale;
import org.opentvs.alerting.control.AlertRows;
import org.opentvs.alerting.control.AlertStream;
import org.opentvs.alerting.control.AlertSubscription;
import org.opentvs.alerting.control.SubjectRecord;
import org.opentvs.alerting.entity.AlertReply;
import org.opentvs.alerting.entity.AlertStatus;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.ScopePolicy;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Role;

/**
 * Officer notifications: {@code GET /api/v1/alerts}, the live stream {@code GET /api/v1/alerts/stream}
 * (Server-Sent Events; event id = alert seq, so {@code Last-Event-ID} resumes), the traveler record
 * an alert links to, and acknowledge / resolve. Officers see the alerts of their own ports only.
 */
@RequestScoped
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    static final int REPLAY_LIMIT = 1000;

    @Inject
    AlertHandling handling;

    @Inject
    AlertRows rows;

    @Inject
    AlertStream stream;

    @Inject
    CurrentCaller caller;

    @GET
    @Roles({Role.OFFICER, Role.ADMIN})
    public List<AlertReply> list(@QueryParam("status") String status, @QueryParam("port") String port, @QueryParam("limit") Integer limit) {
        String wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = AlertStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("'status' must be one of OPEN, ACKNOWLEDGED, RESOLVED");
            }
        }
        String at = port == null || port.isBlank() ? null : port.trim().toUpperCase(Locale.ROOT);
        if (at != null) {
            caller.requirePort(at);
        }
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        return handling.list(caller.get(), wanted, at, max).stream().map(AlertReply::of).toList();
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Roles({Role.OFFICER, Role.ADMIN})
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("lastEventId") String lastEventIdParam) {
        Caller who = caller.get();
        long after = lastSeq(lastEventId != null ? lastEventId : lastEventIdParam);
        handling.streamOpened(who, after);
        AlertSubscription subscription = new AlertSubscription(sink, sse, ScopePolicy.of(who), after >= 0);
        stream.add(subscription);
        if (after >= 0) {
            subscription.replay(() -> rows.after(after, ScopePolicy.of(who), REPLAY_LIMIT));
        }
        subscription.heartbeat();
    }

    @GET
    @Path("{id}/traveler")
    @Roles({Role.OFFICER, Role.ADMIN})
    public SubjectRecord traveler(@PathParam("id") String id) {
        return handling.traveler(Ids.parse(id, "Alert"), caller.get());
    }

    @POST
    @Path("{id}/acknowledge")
    @Roles({Role.OFFICER, Role.ADMIN})
    public AlertReply acknowledge(@PathParam("id") String id) {
        return AlertReply.of(handling.acknowledge(Ids.parse(id, "Alert"), caller.get()));
    }

    @POST
    @Path("{id}/resolve")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Roles({Role.OFFICER, Role.ADMIN})
    public AlertReply resolve(@PathParam("id") String id, String body) {
        // the body is optional: an empty one resolves without words
        String resolution = body == null || body.isBlank() ? null : JsonRequestReader.read(AlertResolution.class, body).resolution();
        return AlertReply.of(handling.resolve(Ids.parse(id, "Alert"), caller.get(), resolution));
    }

    /** -1 when the device has seen nothing yet (live alerts only). */
    private static long lastSeq(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        try {
            long seq = Long.parseLong(value.trim());
            if (seq < 0) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Last-Event-ID must be the sequence number of an alert");
        }
    }
}
