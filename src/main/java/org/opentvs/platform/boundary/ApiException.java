package org.opentvs.platform.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.ws.rs.core.Response.Status;
import java.util.Map;

/**
 * A refusal with a status, a machine-readable code and a human-readable message; mapped to the
 * JSON error body of API.md. Rolls back the boundary transaction.
 */
@ApplicationException(rollback = true)
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Map<String, Object> details;

    public ApiException(int status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public ApiException(Status status, String code, String message) {
        this(status.getStatusCode(), code, message, Map.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Status.BAD_REQUEST, "BAD_REQUEST", message);
    }

    public static ApiException invalid(String code, String message) {
        return new ApiException(422, code, message, Map.of());
    }

    /** 422 INVALID_FIELD, {@code "Field '<field>' <problem>"} with {@code field}: how every field refusal reads. */
    public static ApiException invalidField(String field, String problem) {
        return new ApiException(422, "INVALID_FIELD", "Field '" + field + "' " + problem, Map.of("field", field));
    }

    /** The value, or 422 INVALID_FIELD "is required" naming the field when it is null. */
    public static <T> T requiredField(T value, String field) {
        if (value == null) {
            throw invalidField(field, "is required");
        }
        return value;
    }

    public static ApiException notFound(String what) {
        return new ApiException(Status.NOT_FOUND, "NOT_FOUND", what + " not found");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(Status.FORBIDDEN, "FORBIDDEN", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
