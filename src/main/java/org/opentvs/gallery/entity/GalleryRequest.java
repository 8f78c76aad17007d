package org.opentvs.gallery.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What to (re)build: a flight's gallery from its current expected travelers. */
public record GalleryRequest(UUID flightId, GalleryKind kind, String carrier, String number, LocalDate date,
        String departureAirport, String arrivalAirport, Instant manifestReceivedAt, boolean closed, List<GalleryCandidate> candidates) {

    public GalleryRequest {
        candidates = List.copyOf(candidates);
    }

    public String flightDesignator() {
        return carrier + number;
    }
}
