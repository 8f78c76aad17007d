package org.opentvs.biometric.control;

/**
 * A biometric template was rejected. The message says why in general terms and never contains
 * template data, so it is safe to log and to return to a client together with {@link #code()}.
 */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Machine-readable reasons, stable for API clients. */
    public enum Code {
        /** Missing, not valid base64, empty, or a byte length that is not a whole number of floats. */
        TEMPLATE_MALFORMED,
        /** The number of components is outside the accepted range. */
        TEMPLATE_DIMENSION,
        /** A component is NaN or infinite. */
        TEMPLATE_NOT_FINITE,
        /** All components are zero, so the vector has no direction. */
        TEMPLATE_ZERO_VECTOR
    }

    private final Code code;

    public TemplateException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
