package org.opentvs.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** A hotlist hit as JSON-B writes it: field for field what HotlistRows built by hand. */
class HotlistViewTest {

    @Test
    void aHitHasEveryFieldScoresRoundedAndTheAgreementAsAnObject() {
        Object[] row = {"h1", "WATCHLIST", "PENDING", "WANTED", "NAME", true, 0.91234f, null, "{\"name\":0.9}", "w1", "s1", "TRAVELER",
                "DOE",
                "JANE", "1980-01-02", "FRA", "DL", "404", "2026-12-01", "JFK", null, null, null, "2026-12-01 10:00:00+00"};
        assertEquals("{\"id\":\"h1\",\"kind\":\"WATCHLIST\",\"status\":\"PENDING\",\"category\":\"WANTED\",\"basis\":\"NAME\","
                + "\"highPriority\":true,\"nameScore\":0.9123,\"biometricScore\":null,\"biographicAgreement\":{\"name\":0.9},"
                + "\"watchlistEntryId\":\"w1\",\"subjectId\":\"s1\",\"subjectKind\":\"TRAVELER\",\"familyName\":\"DOE\",\"givenNames\":\"JANE\","
                + "\"dateOfBirth\":\"1980-01-02\",\"nationality\":\"FRA\",\"carrier\":\"DL\",\"flightNumber\":\"404\",\"flightDate\":\"2026-12-01\","
                + "\"departureAirport\":\"JFK\",\"reason\":null,\"decidedBy\":null,\"decidedAt\":null,\"createdAt\":\"2026-12-01 10:00:00+00\"}",
                JsonbBuilder.create().toJson(HotlistView.of(row)));
        Object[] identity = {"h2", "BIOMETRIC", "VALIDATED", "WANTED", "FACE", false, null, 0.00004f, null, null, "s2", "IDENTITY", null,
                null,
                null, null, null, null, null, null, "seen", "pau1", "2026-12-02 10:00:00+00", "2026-12-01 10:00:00+00"};
        assertEquals("{\"id\":\"h2\",\"kind\":\"BIOMETRIC\",\"status\":\"VALIDATED\",\"category\":\"WANTED\",\"basis\":\"FACE\","
                + "\"highPriority\":false,\"nameScore\":null,\"biometricScore\":0.0,\"biographicAgreement\":null,\"watchlistEntryId\":null,"
                + "\"subjectId\":\"s2\",\"subjectKind\":\"IDENTITY\",\"familyName\":null,\"givenNames\":null,\"dateOfBirth\":null,"
                + "\"nationality\":null,\"carrier\":null,\"flightNumber\":null,\"flightDate\":null,\"departureAirport\":null,\"reason\":\"seen\","
                + "\"decidedBy\":\"pau1\",\"decidedAt\":\"2026-12-02 10:00:00+00\",\"createdAt\":\"2026-12-01 10:00:00+00\"}",
                JsonbBuilder.create().toJson(HotlistView.of(identity)));
    }
}
