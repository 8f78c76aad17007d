package org.opentvs.alerting.control;

import java.util.Locale;

/** A document number (letters and digits only, upper case) with its issuing country, if known. */
public record DocumentKey(String number, String country) {

    public DocumentKey {
        number = number == null ? "" : number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
    }

    /** The same number, and the same country where both name one. */
    public boolean sameAs(DocumentKey other) {
        return !number.isEmpty() && number.equals(other.number)
                && (country == null || other.country == null || country.equals(other.country));
    }
}
