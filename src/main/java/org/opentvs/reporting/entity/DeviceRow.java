package org.opentvs.reporting.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A capture device over the period; {@code silent} when it stopped sending (an outage to look at).
 * For image captures, the mean inter-eye distance (pixels) and sharpness the engine measured, and the
 * capture failures with no usable face (none or several) and with a face of too low quality.
 */
public record DeviceRow(String deviceId, String type, String make, String model, String ports, long verifications,
        long captureFailures, Double meanQuality, OffsetDateTime lastSeen, boolean silent, Double meanInterEye,
        Double meanSharpness, long failuresNoFace, long failuresFaceQuality) implements Serializable {

    public Proportion failureRate() {
        return new Proportion(captureFailures, verifications);
    }
}
