package org.opentvs.gallery.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.opentvs.gallery.control.GalleryBuilder;
import org.opentvs.gallery.control.GalleryIndex;
import org.opentvs.gallery.control.GalleryStore;
import org.opentvs.gallery.control.LoadedGallery;
import org.opentvs.gallery.entity.Gallery;
import org.opentvs.gallery.entity.GalleryRequest;
import org.opentvs.gallery.entity.GalleryStatus;
import org.opentvs.platform.control.Clock;

/** (Re)builds a flight's targeted gallery from its expected travelers; the search copy follows the commit. */
@Stateless
public class GalleryBuilding {

    private static final Logger LOG = Logger.getLogger(GalleryBuilding.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    GalleryStore store;

    @Inject
    GalleryBuilder builder;

    @Inject
    Clock clock;

    @Inject
    Event<LoadedGallery> built;

    @Inject
    Event<GalleryIndex.Closed> closed;

    public Gallery rebuild(GalleryRequest request) {
        Gallery gallery = store.forFlight(request);
        GalleryBuilder.Built result = builder.build(request.candidates());
        store.replaceMembers(gallery.id(), result.rows());
        gallery.built(result.algorithm(), result.dimension(), request.candidates().size(), result.withReference(),
                request.manifestReceivedAt(), clock.now());
        if (request.closed()) {
            gallery.close(clock.now());
        }
        if (gallery.status() == GalleryStatus.READY) {
            built.fire(new LoadedGallery(gallery.id(), gallery.kind(), request.carrier(), request.number(), request.date(),
                    null, result.algorithm(), request.candidates().size(), result.rows().matrix()));
        } else {
            closed.fire(new GalleryIndex.Closed(gallery.id()));
        }
        LOG.info(() -> "Gallery " + gallery.id() + " of flight " + request.flightDesignator() + " " + gallery.status() + ": "
                + gallery.withReference() + "/" + gallery.expected() + " with reference, " + gallery.buildMillis() + " ms from receipt");
        return gallery;
    }
}
