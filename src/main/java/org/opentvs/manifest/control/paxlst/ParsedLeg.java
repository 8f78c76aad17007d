package org.opentvs.manifest.control.paxlst;

import java.time.LocalDateTime;

/** One flight leg (SG2 TDT with its SG3 LOC/DTM pairs); times are local to the airport. */
public record ParsedLeg(String carrier, String flightNumber, String departureAirport, LocalDateTime departureLocal,
        String arrivalAirport, LocalDateTime arrivalLocal, boolean progressive) {
}
