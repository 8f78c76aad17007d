package org.opentvs.manifest.control.paxlst;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds flight legs from SG2/SG3: each TDT sets the flight; LOC 125/87 give departure/arrival,
 * LOC 92 (progressive flight) gives departure then arrival; DTM 189/232 date the current leg. A
 * location arriving for a leg that already has one starts the next leg of the same flight.
 */
final class LegAssembler {

    private final PaxlstDates dates;
    private final List<String> warnings;
    private final List<ParsedLeg> legs = new ArrayList<>(2);
    private FlightDesignator flight;
    private String departure;
    private String arrival;
    private LocalDateTime departureTime;
    private LocalDateTime arrivalTime;
    private boolean progressive;
    private boolean open;

    LegAssembler(PaxlstDates dates, List<String> warnings) {
        this.dates = dates;
        this.warnings = warnings;
    }

    void transport(FlightDesignator designator) {
        close();
        flight = designator;
        open = true;
    }

    void departure(String airport, boolean routing) {
        if (departure != null) {
            restart();
        }
        departure = airport;
        progressive |= routing;
    }

    void arrival(String airport, boolean routing) {
        if (arrival != null) {
            restart();
        }
        arrival = airport;
        progressive |= routing;
    }

    void location(Segment s) {
        String airport = s.text(2, 1) == null ? null : s.text(2, 1).toUpperCase(Locale.ROOT);
        switch (s.value(1).strip()) {
            case "125" -> departure(airport, false);
            case "87" -> arrival(airport, false);
            case "92" -> {
                if (departure != null && arrival == null) {
                    arrival(airport, true);
                } else {
                    departure(airport, true);
                }
            }
            default -> {
                // 130 final destination, 188/172 MCL locations: not part of a leg
            }
        }
    }

    void date(Segment s, int number) throws PaxlstException {
        String qualifier = s.value(1, 1).strip();
        try {
            if (qualifier.equals("189")) {
                departureTime = dates.flight(s.value(1, 2));
            } else if (qualifier.equals("232")) {
                arrivalTime = dates.flight(s.value(1, 2));
            }
        } catch (IllegalArgumentException e) {
            if (qualifier.equals("189")) {
                throw new PaxlstException("unreadable flight departure date/time", "DTM", number, e);
            }
            warnings.add("DTM segment " + number + ": unreadable arrival date/time ignored");
        }
    }

    void departureTime(LocalDateTime time) {
        departureTime = time;
    }

    void arrivalTime(LocalDateTime time) {
        arrivalTime = time;
    }

    boolean hasTransport() {
        return flight != null;
    }

    List<ParsedLeg> legs() {
        close();
        return legs;
    }

    private void restart() {
        FlightDesignator same = flight;
        close();
        flight = same;
        open = true;
    }

    private void close() {
        if (!open) {
            return;
        }
        if (departureTime == null) {
            warnings.add("leg " + (legs.size() + 1) + " has no departure date/time (DTM 189)");
        }
        legs.add(new ParsedLeg(flight.carrier(), flight.number(), departure, departureTime, arrival, arrivalTime,
                progressive));
        departure = null;
        arrival = null;
        departureTime = null;
        arrivalTime = null;
        progressive = false;
        open = false;
    }
}
