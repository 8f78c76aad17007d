package org.opentvs.crossing.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * A match at a touchpoint that confirms a crossing: who (a manifest traveler, or for land lanes a
 * holdings identity), which way, and the verification that proved it.
 */
public record BiometricConfirmation(UUID travelerId, UUID identityId, String direction, UUID verificationId, String touchpoint,
        String port, String deviceId, UUID galleryId, float score, Instant occurredAt, int elapsedMicros) {
}
