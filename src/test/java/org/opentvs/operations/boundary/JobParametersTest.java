package org.opentvs.operations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;

class JobParametersTest {

    private static ApiException refused(String body) {
        return assertThrows(ApiException.class, () -> JobParameters.parse(body));
    }

    private static int status(String body) {
        return refused(body).status();
    }

    @Test
    void scalarsAreTakenAsTheirText() {
        assertEquals(Map.of("asOf", "2026-01-01", "n", "3", "dry", "true"),
                JobParameters.parse("{\"asOf\":\"2026-01-01\",\"n\":3,\"dry\":true}"));
        assertEquals(Map.of(), JobParameters.parse(" "));
        assertEquals(Map.of(), JobParameters.parse("{}"));
        assertEquals(Map.of("note", " as given "), JobParameters.parse("{\"note\":\" as given \"}"));
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

    @Test
    void everyRefusalSaysWhatIsWrongAndWhere() {
        ApiException nested = refused("{\"chunkRows\":{\"n\":1}}");
        assertEquals("INVALID_PARAMETERS", nested.code());
        assertEquals("Parameter 'chunkRows' must be a string", nested.getMessage());
        ApiException overlong = refused("{\"a\":\"x\",\"b\":[\"y\",\"" + "x".repeat(1001) + "\"]}");
        assertEquals("INVALID_FIELD", overlong.code());
        assertEquals("b[1]", overlong.details().get("field"));
        assertEquals("Field 'b[1]' may have at most 1000 characters", overlong.getMessage());
        ApiException nul = refused("{\"a\":\"x\\u0000\"}");
        assertEquals("NUL_CHARACTER", nul.code());
        assertEquals("a", nul.details().get("field"));
        assertEquals("The body must be a JSON object", refused("[1]").getMessage());
        assertEquals("The body is not valid JSON", refused("{not json").getMessage());
        assertEquals("BAD_REQUEST", refused("{\"a\":1} x").code());
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":1");
        }
        assertEquals("At most 50 parameters", refused(many.append('}').toString()).getMessage());
        assertEquals("Parameter name '1bad' must be a letter, then letters, digits, '.', '_' or '-'",
                refused("{\"1bad\":\"x\"}").getMessage());
        assertEquals("Parameter 'a' must be a string", refused("{\"a\":null}").getMessage());
    }
}
