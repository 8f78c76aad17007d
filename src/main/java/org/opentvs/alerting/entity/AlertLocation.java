package org.opentvs.alerting.entity;

import java.time.LocalDate;
import java.util.UUID;

/** Where and on which flight or sailing an alert arose; for land lanes the lane and plate. */
public record AlertLocation(String port, String touchpoint, String terminal, String gate, String lane, String vehiclePlate,
        String carrier, String flightNumber, LocalDate flightDate, String deviceId, UUID verificationId) {
}
