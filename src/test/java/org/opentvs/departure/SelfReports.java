package org.opentvs.departure;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Self-report bodies as a traveler app sends them. */
final class SelfReports {

    /** Douglas, BC: 2 km north of the Peace Arch crossing (Blaine, port 3004). */
    static final double[] DOUGLAS_BC = {49.0200, -122.7560};
    /** Blaine, WA: downtown, 1 km south of the crossing. */
    static final double[] BLAINE_WA = {48.9937, -122.7471};

    private SelfReports() {
    }

    static String pedestrian(String document, String country, byte[] jpeg, double[] position, String requestId) {
        return body(document, country, jpeg, position, requestId).add("kind", "PEDESTRIAN").build().toString();
    }

    static JsonObjectBuilder body(String document, String country, byte[] jpeg, double[] position, String requestId) {
        return Json.createObjectBuilder().add("requestId", requestId).add("reportedAt", Instant.now().toString())
                .add("document", Json.createObjectBuilder().add("number", document).add("country", country))
                .add("selfie", Json.createObjectBuilder().add("format", "jpeg").add("data", Base64.getEncoder().encodeToString(jpeg)))
                .add("position",
                        Json.createObjectBuilder().add("latitude", position[0]).add("longitude", position[1]).add("accuracyMeters", 15))
                .add("liveness", Json.createObjectBuilder().add("passed", true).add("score", 0.97).add("method", "vendor passive v2"));
    }

    static String freshId() {
        return UUID.randomUUID().toString();
    }
}
