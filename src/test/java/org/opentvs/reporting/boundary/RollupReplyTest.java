package org.opentvs.reporting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opentvs.reporting.control.Rollups;

/** The rollup's reply: the JSON the hand-built JSON-P wrote, field for field. */
class RollupReplyTest {

    @Test
    void aRollupShowsItsPeriodAndCounts() {
        Rollups.Result result = new Rollups.Result(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T03:04:05.123Z"), 48, 7);
        assertEquals("{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-01-02T03:04:05.123Z\",\"hourRows\":48,\"flights\":7}",
                JsonbBuilder.create().toJson(RollupReply.of(result)));
    }
}
