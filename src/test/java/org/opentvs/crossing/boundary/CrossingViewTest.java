package org.opentvs.crossing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.crossing.control.CrossingSearch;

/** The crossings list: the JSON the hand-built JSON-P wrote, field for field (nulls written, the float score widened to a double). */
class CrossingViewTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void aConfirmedCrossingShowsEveryFieldAndItsScore() {
        CrossingSearch.Found c = new CrossingSearch.Found("x1", "EXIT", "BIOMETRIC", "GATE", "JFK", "AA", "100", "2026-01-02", "DOE",
                "JANE", "1980-05-06", "GBR", "123456789", "GBR", Instant.parse("2026-01-02T03:04:05.123456Z"), 0.95f);
        assertEquals("[{\"id\":\"x1\",\"direction\":\"EXIT\",\"confirmation\":\"BIOMETRIC\",\"touchpoint\":\"GATE\",\"port\":\"JFK\","
                + "\"carrier\":\"AA\",\"flightNumber\":\"100\",\"flightDate\":\"2026-01-02\",\"familyName\":\"DOE\",\"givenNames\":\"JANE\","
                + "\"dateOfBirth\":\"1980-05-06\",\"nationality\":\"GBR\",\"documentNumber\":\"123456789\",\"documentCountry\":\"GBR\","
                + "\"occurredAt\":\"2026-01-02T03:04:05.123456Z\",\"score\":0.949999988079071}]",
                JSONB.toJson(List.of(CrossingView.of(c))));
    }

    @Test
    void whatACrossingLacksIsNull() {
        CrossingSearch.Found c = new CrossingSearch.Found("x2", "ENTRY", null, null, "JFK", null, null, null, null, null, null, null,
                null, null, null, null);
        assertEquals("{\"id\":\"x2\",\"direction\":\"ENTRY\",\"confirmation\":null,\"touchpoint\":null,\"port\":\"JFK\",\"carrier\":null,"
                + "\"flightNumber\":null,\"flightDate\":null,\"familyName\":null,\"givenNames\":null,\"dateOfBirth\":null,"
                + "\"nationality\":null,\"documentNumber\":null,\"documentCountry\":null,\"occurredAt\":null,\"score\":null}",
                JSONB.toJson(CrossingView.of(c)));
    }

    /** JSON-P wrote a double as {@code BigDecimal.valueOf(d).toString()}: no exponent for small or whole scores. */
    @Test
    void aScoreIsWrittenAsJsonPWroteADouble() {
        assertEquals("0.00009999999747378752", score(0.0001f));
        assertEquals("1.0", score(1f));
        assertEquals("0.0", score(0f));
        assertEquals("0.5", score(0.5f));
        assertEquals("12345678", score(12345678f));
    }

    private static String score(float score) {
        String json = JSONB.toJson(CrossingView.of(new CrossingSearch.Found("x", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, score)));
        return json.substring(json.indexOf("\"score\":") + 8, json.length() - 1);
    }
}
