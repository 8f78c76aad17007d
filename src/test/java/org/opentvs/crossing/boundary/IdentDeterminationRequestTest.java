package org.opentvs.crossing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;

class IdentDeterminationRequestTest {

    private static IdentDeterminationRequest read(String body) {
        return JsonRequestReader.readOrRefuse(IdentDeterminationRequest.class, body);
    }

    private static ApiException refused(String body) {
        ApiException e = assertThrows(ApiException.class, () -> read(body));
        assertEquals(422, e.status(), e.getMessage());
        assertEquals("INVALID_FIELD", e.code(), e.getMessage());
        return e;
    }

    @Test
    void matchOrNoMatchInAnyCase() {
        assertEquals("no_match", read("{\"determination\":\" no_match \"}").determination());
        assertNull(read("{\"determination\":\"MATCH\",\"identRecord\":\"\"}").identRecord());
        assertEquals("OBIM-1", read("{\"determination\":\"Match\",\"identRecord\":\"OBIM-1\"}").identRecord());
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        assertEquals("Field 'determination' is required", refused("{\"identRecord\":\"OBIM-1\"}").getMessage());
        assertEquals("Field 'determination' must be MATCH or NO_MATCH", refused("{\"determination\":\"MAYBE\"}").getMessage());
        assertEquals("Field 'determination' must be MATCH or NO_MATCH", refused("{\"determination\":\"MATCHING\"}").getMessage());
        assertEquals("Field 'determination' may have at most 12 characters",
                refused("{\"determination\":\"NO_MATCH_AT_ALL\"}").getMessage());
        assertEquals("Field 'identRecord' may have at most 64 characters",
                refused("{\"determination\":\"MATCH\",\"identRecord\":\"" + "R".repeat(65) + "\"}").getMessage());
        assertEquals("determination", refused("{\"determination\":true}").details().get("field"));
    }
}
