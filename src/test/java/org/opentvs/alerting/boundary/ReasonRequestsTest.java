package org.opentvs.alerting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;

/** The bodies of an alert's resolution and a hotlist decision: one optional text of at most 500 characters. */
class ReasonRequestsTest {

    private static ApiException refused(Class<? extends Record> type, String body) {
        try {
            JsonRequestReader.readOrRefuse(type, body);
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("accepted: " + body);
    }

    @Test
    void theTextIsTrimmedAndMayBeLeftOut() {
        assertEquals("checked at secondary",
                JsonRequestReader.readOrRefuse(AlertResolution.class, "{\"resolution\":\" checked at secondary \"}")
                        .resolution());
        assertNull(JsonRequestReader.readOrRefuse(AlertResolution.class, "{}").resolution());
        assertEquals("no I-94", JsonRequestReader.readOrRefuse(HotlistDecision.class, "{\"reason\":\"no I-94\"}").reason());
        assertNull(JsonRequestReader.readOrRefuse(HotlistDecision.class, "{\"reason\":\"  \"}").reason());
    }

    @Test
    void anOverlongTextOrAnotherFieldIsRefusedNamingIt() {
        ApiException resolution = refused(AlertResolution.class, "{\"resolution\":\"" + "r".repeat(501) + "\"}");
        assertEquals(422, resolution.status());
        assertEquals("Field 'resolution' may have at most 500 characters", resolution.getMessage());
        ApiException reason = refused(HotlistDecision.class, "{\"reason\":\"" + "r".repeat(501) + "\"}");
        assertEquals("INVALID_FIELD", reason.code());
        assertEquals("reason", reason.details().get("field"));
        assertEquals("Field 'reason' must be a string", refused(HotlistDecision.class, "{\"reason\":7}").getMessage());
        ApiException unknown = refused(HotlistDecision.class, "{\"reason\":\"x\",\"resolution\":\"x\"}");
        assertEquals(400, unknown.status());
        assertEquals("UNKNOWN_FIELD", unknown.code());
        assertEquals("resolution", unknown.details().get("field"));
        assertEquals(400, refused(HotlistDecision.class, "").status());
    }
}
