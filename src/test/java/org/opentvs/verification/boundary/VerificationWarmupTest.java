package org.opentvs.verification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbBuilder;
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

    /** The warm-up writes a reply of each shape, as a touchpoint gets them. */
    @Test
    void theWarmUpRepliesAreWrittenAsTouchpointsGetThem() {
        assertEquals("{\"id\":\"warm-up\",\"decision\":\"MATCH\",\"instruction\":\"PROCEED\",\"traveler\":{\"confirmed\":true,"
                + "\"reference\":null},\"score\":0.9123,\"elapsedMillis\":1.25}",
                JsonbBuilder.create().toJson(VerificationWarmup.REPLIES.get(0)));
        assertEquals("{\"id\":\"warm-up\",\"occupants\":[{\"id\":\"warm-up\",\"decision\":\"CAPTURE_FAILED\",\"instruction\":"
                + "\"RECAPTURE\",\"traveler\":null,\"score\":null,\"elapsedMillis\":1.25,\"reason\":\"NO_FACE\",\"occupant\":1}],"
                + "\"elapsedMillis\":1.25}", JsonbBuilder.create().toJson(VerificationWarmup.REPLIES.get(1)));
    }
}
