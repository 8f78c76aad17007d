package org.opentvs.gallery.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.opentvs.gallery.entity.Gallery;

/**
 * A gallery as {@code GET /galleries/{id}} and a flight's {@code /gallery} show it: its state and counts,
 * the rows held in memory, and what its build recorded ({@code null} until it was built or closed).
 */
@JsonbPropertyOrder({"id", "status", "kind", "expectedTravelers", "withReference", "withoutReference", "inMemoryRows",
        "algorithm", "dimension", "manifestReceivedAt", "readyAt", "buildMillis", "closedAt"})
public record GalleryView(String id, String status, String kind, int expectedTravelers, int withReference, int withoutReference,
        int inMemoryRows, @JsonbNillable String algorithm, @JsonbNillable Integer dimension, @JsonbNillable Instant manifestReceivedAt,
        @JsonbNillable Instant readyAt, @JsonbNillable Integer buildMillis, @JsonbNillable Instant closedAt) {

    static GalleryView of(Gallery g, int inMemoryRows) {
        return new GalleryView(g.id().toString(), g.status().name(), g.kind().name(), g.expected(), g.withReference(),
                g.withoutReference(), inMemoryRows, g.algorithm(), g.dimension(), g.manifestReceivedAt(), g.readyAt(), g.buildMillis(),
                g.closedAt());
    }
}
