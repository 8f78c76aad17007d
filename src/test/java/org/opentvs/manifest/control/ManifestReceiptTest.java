package org.opentvs.manifest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest receipt as JSON-B writes it: field for field what ManifestReceipts and ManifestReception built by hand. */
class ManifestReceiptTest {

    private static final String M1 = "{\"id\":\"m1\",\"kind\":\"PASSENGER\",\"flight\":{\"carrier\":\"DL\",\"number\":\"404\",\"date\":\"2026-12-01\","
            + "\"departure\":{\"airport\":\"JFK\",\"scheduled\":\"2026-12-01T10:00\"},\"arrival\":{\"airport\":null,\"scheduled\":null}},"
            + "\"direction\":\"OUTBOUND\",\"part\":{\"number\":1,\"last\":false},\"travelers\":3,\"flightStatus\":\"OPEN\","
            + "\"gallery\":{\"id\":\"g1\",\"status\":\"BUILT\",\"expectedTravelers\":3,\"withReference\":2,\"buildMillis\":null}}";
    private static final String M2 = "{\"id\":\"m2\",\"kind\":\"PASSENGER\",\"flight\":{\"carrier\":\"DL\",\"number\":\"404\",\"date\":\"2026-12-01\","
            + "\"departure\":{\"airport\":\"JFK\",\"scheduled\":\"2026-12-01T10:00\"},\"arrival\":{\"airport\":null,\"scheduled\":null}},"
            + "\"direction\":\"OUTBOUND\",\"part\":{\"number\":2,\"last\":true},\"travelers\":2,\"flightStatus\":\"OPEN\","
            + "\"gallery\":{\"id\":null,\"status\":\"NONE\"}}";

    private static List<ManifestReceipt.Message> messages() {
        ManifestReceipt.Flight flight = new ManifestReceipt.Flight("DL", "404", "2026-12-01",
                new ManifestReceipt.Leg("JFK", "2026-12-01T10:00"),
                new ManifestReceipt.Leg(null, null));
        return List.of(new ManifestReceipt.Message("m1", "PASSENGER", flight, "OUTBOUND", new ManifestReceipt.Part(1, false), 3, "OPEN",
                new ManifestReceipt.Gallery("g1", "BUILT", 3, 2, null)),
                new ManifestReceipt.Message("m2", "PASSENGER", flight, "OUTBOUND", new ManifestReceipt.Part(2, true), 2, "OPEN",
                        new ManifestReceipt.NoGallery(null, "NONE")));
    }

    @Test
    void anAcceptedReceiptHasTheFirstMessageOnTopTheTotalAndTheTiming() {
        ManifestReceipt receipt = ManifestReceipt.of("ACCEPTED", "r1", messages(), List.of("w"))
                .withTiming(ManifestReceipt.Timing.of(1.5, 2.25,
                        0.0001));
        String top = M1.substring(0, M1.indexOf("\"travelers\":3")) + "\"travelers\":5" + M1.substring(M1.indexOf(",\"flightStatus\""),
                M1.length() - 1);
        assertEquals(top + ",\"status\":\"ACCEPTED\",\"rawMessageId\":\"r1\",\"messages\":[" + M1 + "," + M2 + "],\"warnings\":[\"w\"],"
                + "\"timing\":{\"parseMillis\":1.5,\"recordMillis\":2.25,\"galleryMillis\":0.00010}}", receipt.json());
    }

    @Test
    void aDuplicateNamesTheOriginalAndHasNoTiming() {
        ManifestReceipt receipt = ManifestReceipt.of("DUPLICATE", "r2", messages().subList(1, 2), List.of()).duplicateOf("r1");
        assertEquals(M2.substring(0, M2.length() - 1) + ",\"status\":\"DUPLICATE\",\"rawMessageId\":\"r2\",\"messages\":[" + M2
                + "],\"warnings\":[],\"duplicateOf\":\"r1\"}", receipt.json());
        assertEquals(
                "{\"travelers\":0,\"status\":\"DUPLICATE\",\"rawMessageId\":\"r2\",\"messages\":[],\"warnings\":[],\"duplicateOf\":\"r1\"}",
                ManifestReceipt.of("DUPLICATE", "r2", List.of(), List.of()).duplicateOf("r1").json(),
                "without messages (the hand-built receipt had travelers after rawMessageId here)");
    }
}
