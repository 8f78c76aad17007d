package org.opentvs.crossing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

class IdentDeterminationReplyTest {

    /** As the JSON-P builder wrote it: {@code {"crossingId","determination","mismatch"}}. */
    @Test
    void theReplyKeepsItsFieldsAndOrder() {
        assertEquals("{\"crossingId\":\"c-1\",\"determination\":\"NO_MATCH\",\"mismatch\":true}",
                JsonbBuilder.create().toJson(new IdentDeterminationReply("c-1", "NO_MATCH", true)));
    }
}
