package org.opentvs.verification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.JsonRequestReader;

class VerificationWarmupTest {

    /** The warm-up binds a body every touchpoint could send: a refusal would warm the error path instead. */
    @Test
    void theWarmUpBodyIsAValidTouchpointRequest() {
        TouchpointRequest request = JsonRequestReader.readOrRefuse(TouchpointRequest.class, VerificationWarmup.BODY);
        assertEquals(1, request.captures().size());
        assertEquals("SFO", request.location().port());
        VerificationRequests.parse(request);
    }
}
