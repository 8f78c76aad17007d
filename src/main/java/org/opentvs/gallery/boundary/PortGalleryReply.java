package org.opentvs.gallery.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.opentvs.gallery.entity.Gallery;

/** What {@code POST /admin/ports/{port}/gallery} tells of the rebuilt gallery; {@code buildMillis} is 0 when none was measured. */
@JsonbPropertyOrder({"id", "status", "kind", "port", "expectedTravelers", "withReference", "buildMillis"})
public record PortGalleryReply(String id, String status, String kind, String port, int expectedTravelers, int withReference,
        int buildMillis) {

    static PortGalleryReply of(Gallery g, String port) {
        return new PortGalleryReply(g.id().toString(), g.status().name(), g.kind().name(), port, g.expected(), g.withReference(),
                g.buildMillis() == null ? 0 : g.buildMillis());
    }
}
