package org.opentvs.retention.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;

class PolicyRequestTest {

    private static ApiException refused(String body) {
        return assertThrows(ApiException.class, () -> PolicyRequest.read(body));
    }

    @Test
    void aPolicyIsEnabledUnlessItSaysOtherwise() {
        assertEquals("P14D", PolicyRequest.read("{\"period\":\" P14D \"}").period());
        assertTrue(PolicyRequest.read("{\"period\":\"P14D\"}").enabled());
        assertTrue(PolicyRequest.read("{\"period\":\"P14D\",\"enabled\":null}").enabled());
        assertFalse(PolicyRequest.read("{\"period\":\"P14D\",\"enabled\":false}").enabled());
    }

    @Test
    void badPoliciesAreRefusedNamingTheField() {
        assertEquals("Field 'period' is required", refused("{\"enabled\":true}").getMessage());
        assertEquals("Field 'period' is required", refused("{\"period\":\"\"}").getMessage());
        assertEquals("Field 'period' may have at most 40 characters", refused("{\"period\":\"P" + "1".repeat(40) + "D\"}").getMessage());
        assertEquals("Field 'period' must be a string", refused("{\"period\":14}").getMessage());
        ApiException enabled = refused("{\"period\":\"P14D\",\"enabled\":\"yes\"}");
        assertEquals(422, enabled.status());
        assertEquals("enabled", enabled.details().get("field"));
        assertEquals("Field 'enabled' must be true or false", enabled.getMessage());
        assertEquals("UNKNOWN_FIELD", refused("{\"period\":\"P14D\",\"category\":\"X\"}").code());
        assertEquals(400, refused("not json").status());
    }
}
