package org.opentvs.reconciliation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;

class DiscrepancyDecisionTest {

    private static ApiException refused(String body) {
        try {
            JsonRequestReader.readOrRefuse(DiscrepancyDecision.class, body);
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("accepted: " + body);
    }

    @Test
    void aDecisionIsLinkOrRejectInAnyCase() {
        assertTrue(JsonRequestReader.readOrRefuse(DiscrepancyDecision.class, "{\"decision\":\" link \",\"reason\":\"photo\"}").link());
        DiscrepancyDecision rejected = JsonRequestReader.readOrRefuse(DiscrepancyDecision.class,
                "{\"decision\":\"Reject\",\"reason\":\" not him \"}");
        assertFalse(rejected.link());
        assertEquals("not him", rejected.reason());
    }

    @Test
    void eachRuleIsA422NamingTheField() {
        assertEquals("Field 'decision' must be LINK or REJECT", refused("{\"decision\":\"MERGE\",\"reason\":\"x\"}").getMessage());
        assertEquals("Field 'decision' may have at most 10 characters",
                refused("{\"decision\":\"LINKLINKLINK\",\"reason\":\"x\"}").getMessage());
        assertEquals("Field 'decision' is required", refused("{\"reason\":\"x\"}").getMessage());
        assertEquals("Field 'reason' is required", refused("{\"decision\":\"LINK\",\"reason\":\" \"}").getMessage());
        ApiException overlong = refused("{\"decision\":\"LINK\",\"reason\":\"" + "r".repeat(501) + "\"}");
        assertEquals(422, overlong.status());
        assertEquals("INVALID_FIELD", overlong.code());
        assertEquals("Field 'reason' may have at most 500 characters", overlong.getMessage());
        assertEquals("UNKNOWN_FIELD", refused("{\"decision\":\"LINK\",\"reason\":\"x\",\"by\":\"me\"}").code());
    }
}
