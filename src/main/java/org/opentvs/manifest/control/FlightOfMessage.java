package org.opentvs.manifest.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.opentvs.manifest.control.paxlst.ParsedLeg;
import org.opentvs.manifest.control.paxlst.ParsedMessage;
import org.opentvs.manifest.control.paxlst.PaxlstException;
import org.opentvs.manifest.entity.FlightKey;
import org.opentvs.manifest.entity.Route;

/**
 * Which flight a message is about: the first leg's carrier and number; the date from the first
 * leg's scheduled departure, else its arrival, else the date in the common access reference
 * ({@code OK688/071008/1310}). The route runs from the first departure to the last arrival.
 */
public final class FlightOfMessage {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private FlightOfMessage() {
    }

    public static FlightKey key(ParsedMessage message) throws PaxlstException {
        ParsedLeg first = firstLeg(message);
        LocalDate date = first.departureLocal() != null
                ? first.departureLocal().toLocalDate()
                : first.arrivalLocal() != null ? first.arrivalLocal().toLocalDate() : dateFromReference(message.commonAccessReference());
        if (date == null) {
            throw new PaxlstException("The flight has no scheduled date (DTM 189/232) and none in the UNH reference", "TDT", 0);
        }
        if (first.carrier() == null || first.flightNumber() == null) {
            throw new PaxlstException("The flight has no carrier code or number", "TDT", 0);
        }
        return new FlightKey(first.carrier(), first.flightNumber(), date);
    }

    public static Route route(ParsedMessage message) throws PaxlstException {
        List<ParsedLeg> legs = message.legs();
        ParsedLeg first = firstLeg(message);
        ParsedLeg last = legs.stream().filter(l -> first.flightNumber() == null || first.flightNumber().equals(l.flightNumber()))
                .reduce((a, b) -> b).orElse(first);
        LocalDateTime departure = first.departureLocal();
        return new Route(first.departureAirport(), departure, last.arrivalAirport(), last.arrivalLocal());
    }

    private static ParsedLeg firstLeg(ParsedMessage message) throws PaxlstException {
        if (message.legs().isEmpty()) {
            throw new PaxlstException("The message names no flight (TDT)", "TDT", 0);
        }
        return message.legs().get(0);
    }

    private static LocalDate dateFromReference(String reference) {
        if (reference == null) {
            return null;
        }
        String[] parts = reference.split("/");
        if (parts.length < 2) {
            return null;
        }
        try {
            return LocalDate.parse(parts[1].trim(), YYMMDD);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
