package org.opentvs.manifest.boundary;

import jakarta.ejb.ApplicationException;

/** The message cannot be used as a manifest; it goes to quarantine with this reason. */
@ApplicationException(rollback = true)
public class ManifestRejected extends Exception {

    private final String segment;
    private final int segmentNumber;

    public ManifestRejected(String message, String segment, int segmentNumber) {
        super(message);
        this.segment = segment;
        this.segmentNumber = segmentNumber;
    }

    public String segment() {
        return segment;
    }

    public int segmentNumber() {
        return segmentNumber;
    }
}
