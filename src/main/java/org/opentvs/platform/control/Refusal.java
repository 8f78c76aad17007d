package org.opentvs.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A domain refusal: why ({@link Reason}), a machine-readable code, a human-readable message and
 * details. Controls throw it; only the edge maps the reason to an HTTP status
 * ({@code platform.boundary.RefusalMapper}). Rolls back the boundary transaction.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    /** Why a request is refused, independent of the protocol that carried it. */
    public enum Reason {
        /** The input breaks a rule of the domain (unusable image, unknown algorithm, ...). */
        INVALID,
        /** The input is larger than this deployment accepts. */
        TOO_LARGE,
        /** A resource the request needs is unavailable for now; retry later. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final String code;
    private final transient Map<String, Object> details;

    public Refusal(Reason reason, String code, String message, Map<String, Object> details) {
        super(message);
        this.reason = reason;
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static Refusal invalid(String code, String message) {
        return new Refusal(Reason.INVALID, code, message, Map.of());
    }

    public static Refusal invalid(String code, String message, Map<String, Object> details) {
        return new Refusal(Reason.INVALID, code, message, details);
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
