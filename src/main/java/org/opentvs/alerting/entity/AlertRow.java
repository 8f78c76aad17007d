package org.opentvs.alerting.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An alert as officers see it, in the list, the stream ({@link AlertReply}) and the portal. No names: the
 * traveler link is a separate, audited read.
 */
public record AlertRow(UUID id, long seq, String kind, String status, String port, String touchpoint, String terminal, String gate,
        String lane, String vehiclePlate, String carrier, String flightNumber, LocalDate flightDate, Instant raisedAt,
        String deviceId, UUID travelerId, UUID hotlistEntryId, String category, Float biometricScore, Float watchlistScore,
        String biographicAgreement, String acknowledgedBy, Instant acknowledgedAt, String resolvedBy, Instant resolvedAt) {

    /** Where, in one line for the portal. */
    public String place() {
        StringBuilder s = new StringBuilder(port == null ? "" : port);
        append(s, "terminal ", terminal);
        append(s, "gate ", gate);
        append(s, "lane ", lane);
        append(s, "plate ", vehiclePlate);
        return s.toString();
    }

    public String flight() {
        return carrier == null ? "" : carrier + flightNumber + " " + (flightDate == null ? "" : flightDate);
    }

    private static void append(StringBuilder s, String label, String value) {
        if (value != null && !value.isBlank()) {
            s.append(s.length() == 0 ? "" : ", ").append(label).append(value);
        }
    }
}
