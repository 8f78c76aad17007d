package org.opentvs.verification.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired (CDI event, inside the verification's transaction) for every answered capture, so other
 * contexts (alerting, reporting) can react; observe with {@code during = AFTER_SUCCESS} to act only
 * on committed verifications. {@code travelerId} is null for no-matches and for US citizens.
 */
public record VerificationRecorded(UUID verificationId, Instant at, Touchpoint touchpoint, String port, String terminal,
        String gate, String lane, String carrier, String flightNumber, LocalDate flightDate, String vehiclePlate,
        Integer occupant, UUID galleryId, String deviceId, Decision decision, Instruction instruction, Float score,
        UUID travelerId, boolean usCitizen, int attempt) {
}
