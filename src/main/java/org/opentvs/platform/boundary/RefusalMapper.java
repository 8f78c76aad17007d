package org.opentvs.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opentvs.platform.control.Refusal;

/** Maps a domain {@link Refusal} to the JSON error body of API.md; the only place its reason becomes a status. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal e) {
        return ErrorBody.response(status(e.reason()), e.code(), e.getMessage(), e.details());
    }

    public static int status(Refusal.Reason reason) {
        return switch (reason) {
            case INVALID -> 422;
            case TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
        };
    }
}
