package org.opentvs.platform.boundary;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.opentvs.platform.control.Json;

/** Builds the error body every refusal carries: {@code {"error", "message", ...details}}. */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static Response response(int status, String code, String message, Map<String, Object> details) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", code).add("message", message);
        details.forEach((key, value) -> {
            if (value instanceof Number n) {
                body.add(key, n.longValue());
            } else if (value != null) {
                body.add(key, value.toString());
            }
        });
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.build().toString());
        if (details.get("retryAfterSeconds") instanceof Number seconds) {
            response.header("Retry-After", seconds.longValue());
        }
        return response.build();
    }

    public static Response response(int status, String code, String message) {
        return response(status, code, message, Map.of());
    }
}
