package org.opentvs.gallery.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentvs.gallery.control.GalleryIndex;
import org.opentvs.gallery.control.GallerySummaries;
import org.opentvs.gallery.entity.Gallery;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/** {@code GET /galleries/{id}} and {@code GET /flights/{carrier}{number}/{date}/gallery}. */
@Stateless
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class GalleriesResource {

    private static final Pattern DESIGNATOR = Pattern.compile("([A-Z0-9]{2}[A-Z]?)(\\d{1,5}[A-Z]?)");

    @PersistenceContext
    EntityManager em;

    @Inject
    GalleryIndex index;

    @Inject
    GallerySummaries galleries;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("galleries/{id}")
    @Roles({Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER})
    public GalleryView byId(@PathParam("id") String id) {
        Gallery gallery;
        try {
            gallery = em.find(Gallery.class, UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            gallery = null;
        }
        if (gallery == null || !visible(gallery)) {
            throw ApiException.notFound("Gallery " + id);
        }
        return view(gallery);
    }

    @GET
    @Path("flights/{designator}/{date}/gallery")
    @Roles({Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER})
    public GalleryView byFlight(@PathParam("designator") String designator, @PathParam("date") String date) {
        Matcher m = DESIGNATOR.matcher(designator.toUpperCase());
        if (!m.matches()) {
            throw ApiException.badRequest("A flight is written as carrier code and number, e.g. ZZ123");
        }
        LocalDate day;
        try {
            day = org.opentvs.platform.control.StorableTime.date(LocalDate.parse(date));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ApiException.badRequest("The date must be YYYY-MM-DD");
        }
        String number = m.group(2).replaceFirst("^0+(?=.)", "");
        Gallery gallery = galleries.idOfFlight(m.group(1), number, day).map(id -> em.find(Gallery.class, id)).orElse(null);
        if (gallery == null || !visible(gallery)) {
            throw ApiException.notFound("Gallery of flight " + m.group(1) + number + " on " + day);
        }
        return view(gallery);
    }

    /** A flight's gallery by its carrier and airports, a land port's by its port. */
    private boolean visible(Gallery g) {
        if (g.flightId() == null) {
            return caller.policy().covers(null, g.port());
        }
        return galleries.flightScope(g.id())
                .filter(f -> caller.policy().covers(f.carrier(), f.departureAirport(), f.arrivalAirport())).isPresent();
    }

    private GalleryView view(Gallery g) {
        return GalleryView.of(g, index.byId(g.id()).map(l -> l.rows()).orElse(0));
    }
}
