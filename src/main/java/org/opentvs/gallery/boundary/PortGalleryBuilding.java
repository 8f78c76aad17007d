package org.opentvs.gallery.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.gallery.control.GalleryAlgorithm;
import org.opentvs.gallery.control.GalleryRows;
import org.opentvs.gallery.control.GalleryStore;
import org.opentvs.gallery.control.LoadedGallery;
import org.opentvs.gallery.control.PortCrossers;
import org.opentvs.gallery.entity.Gallery;
import org.opentvs.gallery.entity.GalleryMember;
import org.opentvs.holdings.control.ReferenceHoldings;
import org.opentvs.holdings.entity.ReferenceFace;
import org.opentvs.platform.control.Clock;

/** (Re)builds a land port's standing frequent-crosser gallery; the search copy follows the commit. */
@Stateless
public class PortGalleryBuilding {

    private static final Logger LOG = Logger.getLogger(PortGalleryBuilding.class.getName());

    @Inject
    GalleryStore store;

    @Inject
    PortCrossers crossers;

    @Inject
    ReferenceHoldings holdings;

    @Inject
    Clock clock;

    @Inject
    Event<LoadedGallery> built;

    @Inject
    GalleryAlgorithm algorithms;

    public Gallery rebuild(String port) {
        Instant started = clock.now();
        Gallery gallery = store.forPort(port);
        List<GalleryMember> members = crossers.of(port);
        Map<UUID, GalleryMember> byIdentity = new HashMap<>();
        members.forEach(m -> byIdentity.put(m.travelerId(), m));
        GalleryAlgorithm.Chosen chosen = algorithms.choose(byIdentity.keySet());
        Map<UUID, List<ReferenceFace>> faces = chosen.faces();
        Integer dimension = faces.values().stream().flatMap(List::stream).map(f -> f.vector().length)
                .reduce((a, b) -> a).orElse(null);
        GalleryRows rows = new GalleryRows();
        int withReference = 0;
        for (Map.Entry<UUID, List<ReferenceFace>> entry : faces.entrySet()) {
            boolean added = false;
            for (ReferenceFace face : entry.getValue()) {
                if (face.vector().length == dimension) {
                    rows.add(byIdentity.get(entry.getKey()), face.faceId(), face.vector());
                    added = true;
                }
            }
            withReference += added ? 1 : 0;
        }
        store.replaceMembers(gallery.id(), rows);
        gallery.built(chosen.algorithm(), dimension, members.size(), withReference, started, clock.now());
        built.fire(new LoadedGallery(gallery.id(), gallery.kind(), null, null, null, port, chosen.algorithm(),
                members.size(), rows.matrix()));
        int total = withReference;
        LOG.info(() -> "Port gallery " + port + " READY: " + total + "/" + members.size() + " frequent crossers with reference");
        return gallery;
    }
}
