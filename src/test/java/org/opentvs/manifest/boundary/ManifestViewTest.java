package org.opentvs.manifest.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.manifest.control.ManifestReceipt;
import org.opentvs.manifest.entity.TravelerDocument;

/** A manifest as JSON-B writes it: field for field what ManifestQueries built by hand. */
class ManifestViewTest {

    private static final String TRAVELER = "{\"id\":\"t1\",\"role\":\"PASSENGER\",\"status\":\"EXPECTED\",\"inScope\":true,\"usCitizen\":false,"
            + "\"inTransit\":false,\"documents\":[{\"type\":\"P\",\"number\":\"X1\",\"issuingCountry\":\"FRA\",\"expiry\":null},"
            + "{\"type\":\"V\",\"number\":null,\"issuingCountry\":null,\"expiry\":\"2030-01-31\"}],\"familyName\":\"DOE\",\"givenNames\":null,"
            + "\"dateOfBirth\":\"1980-01-02\",\"sex\":null,\"nationality\":\"FRA\",\"reference\":null,\"seat\":\"12A\"}";

    private static ManifestView view(Integer declaredTotal, String warnings) {
        ManifestView.TravelerView traveler = new ManifestView.TravelerView("t1", "PASSENGER", "EXPECTED", true, false, false,
                List.of(ManifestView.DocumentView.of(new TravelerDocument("P", "X1", "FRA", null, null)),
                        ManifestView.DocumentView.of(new TravelerDocument("V", null, null, LocalDate.parse("2030-01-31"), null))),
                "DOE", null, "1980-01-02", null, "FRA", null, "12A");
        return new ManifestView("m1", "PASSENGER", new ManifestView.FlightView("DL", "404", "2026-12-01", "OPEN"), "INBOUND",
                new ManifestReceipt.Part(1, true), "2026-12-01T10:00:00Z", 1, List.of(traveler), declaredTotal, warnings);
    }

    @Test
    void theDeclaredTotalAndWarningsOnlyWhenTheMessageHadThem() {
        String head = "{\"id\":\"m1\",\"kind\":\"PASSENGER\",\"flight\":{\"carrier\":\"DL\",\"number\":\"404\",\"date\":\"2026-12-01\","
                + "\"status\":\"OPEN\"},\"direction\":\"INBOUND\",\"part\":{\"number\":1,\"last\":true},\"receivedAt\":\"2026-12-01T10:00:00Z\","
                + "\"travelersInMessage\":1,\"travelers\":[" + TRAVELER + "]";
        assertEquals(head + "}", JsonbBuilder.create().toJson(view(null, null)));
        assertEquals(head + ",\"declaredTotal\":1,\"warnings\":\"w1; w2\"}", JsonbBuilder.create().toJson(view(1, "w1; w2")));
    }
}
