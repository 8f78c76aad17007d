package org.opentvs.gallery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import org.opentvs.gallery.control.GalleryIndex;
import org.opentvs.gallery.control.LoadedGallery;
import org.opentvs.platform.control.DataGrid;

/**
 * Keeps every node's galleries in step: once a build or a close commits here, the other nodes in the
 * data grid hear the gallery's id and reload it from PostgreSQL (the search copy is never shipped
 * over the grid; PostgreSQL stays the one truth). Screening follows the commit on the building node
 * only, so a gallery is screened once in the cluster.
 */
@ApplicationScoped
public class GalleryReplication {

    static final String TOPIC = "opentvs.gallery";

    @Inject
    DataGrid grid;

    @Inject
    GalleryLoader loader;

    void listen() {
        grid.subscribe(TOPIC, id -> loader.reload(UUID.fromString(id)));
    }

    void onBuilt(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoadedGallery gallery) {
        grid.publish(TOPIC, gallery.id().toString());
    }

    void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GalleryIndex.Closed closed) {
        grid.publish(TOPIC, closed.galleryId().toString());
    }
}
