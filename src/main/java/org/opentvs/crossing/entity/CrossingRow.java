package org.opentvs.crossing.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A crossing record as stored: what the exports carry. */
public record CrossingRow(UUID id, UUID travelerId, UUID identityId, UUID verificationId, String direction, String confirmation,
        String touchpoint, String port, String deviceId, UUID galleryId, Float score, String carrier, String flightNumber,
        LocalDate flightDate, String familyName, String givenNames, LocalDate dateOfBirth, String sex, String nationality,
        String documentNumber, String documentCountry, Instant occurredAt, Instant recordedAt) {

    public boolean biometric() {
        return "BIOMETRIC".equals(confirmation);
    }
}
