package org.opentvs.reporting.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A capture device over the period; {@code silent} when it stopped sending (an outage to look at). */
public record DeviceRow(String deviceId, String type, String make, String model, String ports, long verifications,
        long captureFailures, Double meanQuality, OffsetDateTime lastSeen, boolean silent) implements Serializable {

    public Proportion failureRate() {
        return new Proportion(captureFailures, verifications);
    }
}
