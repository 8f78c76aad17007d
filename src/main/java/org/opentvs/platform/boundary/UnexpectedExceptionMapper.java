package org.opentvs.platform.boundary;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opentvs.platform.control.DatabaseFaults;
import org.opentvs.platform.control.Refusal;

/**
 * Everything that is not an {@link ApiException} or a {@link Refusal} (also when an EJB wrapped
 * them): framework refusals keep their status, malformed JSON is a 400, and a real fault is a 500 with an incident id in the log, never a stack trace to
 * the caller. A database that cannot be reached is a 503 with {@code Retry-After}, not a fault.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    /** What a feed is told to wait when the database is down; its senders retry. */
    static final int RETRY_AFTER_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof ApiException api) {
            return ErrorBody.response(api.status(), api.code(), api.getMessage(), api.details());
        }
        if (e instanceof jakarta.validation.ConstraintViolationException violations) {
            return new ConstraintViolationMapper().toResponse(violations);
        }
        if (e instanceof Refusal refusal) {
            return new RefusalMapper().toResponse(refusal);
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return ErrorBody.response(status, codeFor(status), reasonFor(web));
        }
        if (e instanceof JsonParsingException || e instanceof JsonException || e instanceof ClassCastException) {
            return ErrorBody.response(400, "BAD_REQUEST", "The body is not the JSON this call expects");
        }
        if (DatabaseFaults.unreachable(e)) {
            LOG.warning(() -> "Refused with 503: the database is unreachable (" + e.getClass().getSimpleName() + ")");
            return ErrorBody.response(503, "DATABASE_UNAVAILABLE", "The database is unreachable; retry later",
                    java.util.Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected fault, incident " + incident, e);
        return ErrorBody.response(500, "INTERNAL_ERROR", "Unexpected fault; incident " + incident + " is logged");
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current instanceof jakarta.ws.rs.ProcessingException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String reasonFor(WebApplicationException web) {
        Response.StatusType info = web.getResponse().getStatusInfo();
        return info.getReasonPhrase() == null ? "Request refused" : info.getReasonPhrase();
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
        };
    }
}
