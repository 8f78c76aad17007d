package org.opentvs.manifest.boundary;

import jakarta.ejb.ApplicationException;

/** The message cannot be used as a manifest; it goes to quarantine with this reason. */
@ApplicationException(rollback = true)
public class ManifestRejected extends Exception {

    public static final String INVALID = "MANIFEST_INVALID";

    private final String code;
    private final String segment;
    private final int segmentNumber;

    public ManifestRejected(String message, String segment, int segmentNumber) {
        this(INVALID, message, segment, segmentNumber);
    }

    public ManifestRejected(String code, String message, String segment, int segmentNumber) {
        super(message);
        this.code = code;
        this.segment = segment;
        this.segmentNumber = segmentNumber;
    }

    /** {@value #INVALID}, or a more precise reason such as {@code TOO_MANY_TRAVELERS}. */
    public String code() {
        return code;
    }

    public String segment() {
        return segment;
    }

    public int segmentNumber() {
        return segmentNumber;
    }
}
