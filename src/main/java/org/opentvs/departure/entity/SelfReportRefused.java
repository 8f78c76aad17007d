package org.opentvs.departure.entity;

/**
 * A self-report that does not show a departure: the status and error code the app gets, and a
 * message without personal data. The refusal is kept for analysts before it is answered.
 */
public class SelfReportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public SelfReportRefused(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
