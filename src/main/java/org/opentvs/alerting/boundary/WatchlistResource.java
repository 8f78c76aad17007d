package org.opentvs.alerting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opentvs.alerting.entity.WatchlistEntry;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/** The watch-list feed: {@code POST /api/v1/watchlist/entries}, {@code PUT} and {@code DELETE /api/v1/watchlist/entries/{id}}. */
@RequestScoped
@Path("watchlist/entries")
@Produces(MediaType.APPLICATION_JSON)
public class WatchlistResource {

    @Inject
    WatchlistMaintenance maintenance;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.WATCHLIST_FEED, Role.ADMIN})
    public Response add(WatchlistRequest body) {
        WatchlistEntry entry = maintenance.add(body, caller.get());
        return Response.status(201).entity(WatchlistEntryReply.listed(entry)).build();
    }

    /** Replaces the entry's content (same body as POST); open flights and galleries are screened again. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.WATCHLIST_FEED, Role.ADMIN})
    public Response change(@PathParam("id") String id, WatchlistRequest body) {
        WatchlistEntry entry = maintenance.change(Ids.parse(id, "Watch-list entry"), body, caller.get());
        return Response.ok(WatchlistEntryReply.changed(entry)).build();
    }

    @DELETE
    @Path("{id}")
    @Roles({Role.WATCHLIST_FEED, Role.ADMIN})
    public Response remove(@PathParam("id") String id) {
        maintenance.remove(Ids.parse(id, "Watch-list entry"), caller.get());
        return Response.noContent().build();
    }
}
