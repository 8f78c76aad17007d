package org.opentvs.manifest.entity;

import java.time.LocalDate;

/** Carrier code, flight number without leading zeros, and the scheduled (local) departure date. */
public record FlightKey(String carrier, String number, LocalDate departureDate) {

    public FlightKey {
        if (carrier == null || carrier.isBlank() || number == null || number.isBlank() || departureDate == null) {
            throw new IllegalArgumentException("a flight needs a carrier, a number and a date");
        }
        carrier = carrier.trim().toUpperCase();
        number = canonicalNumber(number);
    }

    public static String canonicalNumber(String number) {
        String trimmed = number.trim().toUpperCase().replaceFirst("^0+(?=.)", "");
        return trimmed;
    }

    public String designator() {
        return carrier + number;
    }
}
