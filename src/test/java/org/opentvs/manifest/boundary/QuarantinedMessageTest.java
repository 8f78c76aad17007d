package org.opentvs.manifest.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opentvs.manifest.entity.RawMessage;

/** A quarantined message as JSON-B writes it: field for field what QuarantineResource built by hand. */
class QuarantinedMessageTest {

    @Test
    void theErrorAndSegmentOnlyWhenKnown() {
        RawMessage raw = new RawMessage("REST", "airline-dl", 1234, "sha", new byte[0], Instant.parse("2026-12-01T10:00:00Z"));
        raw.quarantine("BAD_SEGMENT", "NAD without a name", "NAD+FL", 12, Instant.parse("2026-12-01T10:00:01Z"));
        QuarantinedMessage full = QuarantinedMessage.of(raw);
        assertEquals("{\"id\":\"" + raw.id() + "\",\"status\":\"QUARANTINED\",\"receivedAt\":\"2026-12-01T10:00:00Z\",\"channel\":\"REST\","
                + "\"submittedBy\":\"airline-dl\",\"sizeBytes\":1234,\"error\":\"BAD_SEGMENT\",\"message\":\"NAD without a name\","
                + "\"segment\":\"NAD+FL\",\"segmentNumber\":12}", JsonbBuilder.create().toJson(full));
        RawMessage bare = new RawMessage("INBOX", "inbox", 10, "sha", new byte[0], Instant.parse("2026-12-01T10:00:00Z"));
        bare.quarantine("PROCESSING_FAILED", "Unexpected fault", null, null, Instant.parse("2026-12-01T10:00:01Z"));
        assertEquals(
                "{\"id\":\"" + bare.id() + "\",\"status\":\"QUARANTINED\",\"receivedAt\":\"2026-12-01T10:00:00Z\",\"channel\":\"INBOX\","
                        + "\"submittedBy\":\"inbox\",\"sizeBytes\":10,\"error\":\"PROCESSING_FAILED\",\"message\":\"Unexpected fault\"}",
                JsonbBuilder.create().toJson(QuarantinedMessage.of(bare)));
    }
}
