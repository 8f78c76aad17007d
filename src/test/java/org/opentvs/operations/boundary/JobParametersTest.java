package org.opentvs.operations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;

class JobParametersTest {

    private static int status(String body) {
        return assertThrows(ApiException.class, () -> JobParameters.parse(body)).status();
    }

    @Test
    void scalarsAreTakenAsTheirText() {
        assertEquals(Map.of("asOf", "2026-01-01", "n", "3", "dry", "true"),
                JobParameters.parse("{\"asOf\":\"2026-01-01\",\"n\":3,\"dry\":true}"));
        assertEquals(Map.of(), JobParameters.parse(" "));
    }

    @Test
    void badBodiesAreRefusedByTheJsonLayer() {
        assertEquals(422, status("{\"a\":{\"b\":1}}"));
        assertEquals(422, status("{\"a\":\"" + "x".repeat(1001) + "\"}"));
        assertEquals(400, status("{\"a\":\"x\\u0000\"}"));
        assertEquals(400, status("{\"a\":\"x\"}{\"b\":1}"));
        assertEquals(400, status("{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}"));
        assertEquals(422, status("{\"bad name\":\"x\"}"));
    }
}
