package org.opentvs.gallery.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.gallery.entity.Gallery;
import org.opentvs.gallery.entity.GalleryKind;

/** A gallery's view and a port gallery's rebuild are written exactly as the JSON-P builders wrote them. */
class GalleryRepliesTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void aGalleryBeingBuiltShowsNullForWhatItsBuildRecords() {
        Gallery g = new Gallery(GalleryKind.FLIGHT, UUID.randomUUID(), null, Instant.parse("2026-12-07T15:00:00Z"));
        assertEquals("{\"id\":\"" + g.id() + "\",\"status\":\"BUILDING\",\"kind\":\"FLIGHT\",\"expectedTravelers\":0,"
                + "\"withReference\":0,\"withoutReference\":0,\"inMemoryRows\":0,\"algorithm\":null,\"dimension\":null,"
                + "\"manifestReceivedAt\":null,\"readyAt\":null,\"buildMillis\":null,\"closedAt\":null}",
                JSONB.toJson(GalleryView.of(g, 0)));
    }

    @Test
    void aBuiltAndClosedGalleryShowsItsBuild() {
        Gallery g = new Gallery(GalleryKind.FLIGHT, UUID.randomUUID(), null, Instant.parse("2026-12-07T15:00:00Z"));
        g.built("ARCFACE-R100", 512, 180, 172, Instant.parse("2026-12-07T15:00:01.250Z"), Instant.parse("2026-12-07T15:00:03.125456Z"));
        g.close(Instant.parse("2026-12-08T00:00:00Z"));
        assertEquals("{\"id\":\"" + g.id() + "\",\"status\":\"CLOSED\",\"kind\":\"FLIGHT\",\"expectedTravelers\":180,"
                + "\"withReference\":172,\"withoutReference\":8,\"inMemoryRows\":172,\"algorithm\":\"ARCFACE-R100\",\"dimension\":512,"
                + "\"manifestReceivedAt\":\"2026-12-07T15:00:01.250Z\",\"readyAt\":\"2026-12-07T15:00:03.125456Z\",\"buildMillis\":1875,"
                + "\"closedAt\":\"2026-12-08T00:00:00Z\"}", JSONB.toJson(GalleryView.of(g, 172)));
    }

    @Test
    void aRebuiltPortGalleryCountsZeroMillisWhenNoneWasMeasured() {
        Gallery g = new Gallery(GalleryKind.LAND_PORT, null, "SYS", Instant.parse("2026-12-07T15:00:00Z"));
        g.built("ARCFACE-R100", 512, 40, 39, null, Instant.parse("2026-12-07T15:00:02Z"));
        assertEquals("{\"id\":\"" + g.id() + "\",\"status\":\"READY\",\"kind\":\"LAND_PORT\",\"port\":\"SYS\",\"expectedTravelers\":40,"
                + "\"withReference\":39,\"buildMillis\":0}", JSONB.toJson(PortGalleryReply.of(g, "SYS")));
        g.built("ARCFACE-R100", 512, 40, 39, Instant.parse("2026-12-07T15:00:00Z"), Instant.parse("2026-12-07T15:00:02Z"));
        assertEquals("{\"id\":\"" + g.id() + "\",\"status\":\"READY\",\"kind\":\"LAND_PORT\",\"port\":\"SYS\",\"expectedTravelers\":40,"
                + "\"withReference\":39,\"buildMillis\":2000}", JSONB.toJson(PortGalleryReply.of(g, "SYS")));
    }
}
