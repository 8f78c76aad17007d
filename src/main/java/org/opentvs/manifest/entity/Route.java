package org.opentvs.manifest.entity;

import java.time.LocalDateTime;

/** Departure and arrival airports with scheduled local times, any of which may be unknown. */
public record Route(String departureAirport, LocalDateTime scheduledDeparture, String arrivalAirport, LocalDateTime scheduledArrival) {
}
