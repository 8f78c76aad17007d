package org.opentvs.holdings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.holdings.entity.HoldingIdentity;
import org.opentvs.holdings.entity.PersonData;

/** An enrolled identity is answered with its id alone, as the JSON-P builder wrote it. */
class HoldingIdentityReplyTest {

    @Test
    void anEnrolmentIsAnsweredWithTheIdentitysId() {
        HoldingIdentity identity = new HoldingIdentity("DOS", new PersonData("Doe", "Jane", LocalDate.of(1990, 1, 2), "F", "GBR", false),
                List.of(), Instant.parse("2026-12-07T15:00:00Z"), "test");
        assertEquals("{\"id\":\"" + identity.id() + "\"}", JsonbBuilder.create().toJson(HoldingIdentityReply.of(identity)));
    }
}
