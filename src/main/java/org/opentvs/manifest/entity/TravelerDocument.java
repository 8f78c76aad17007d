package org.opentvs.manifest.entity;

import java.time.LocalDate;

/**
 * A travel document as the carrier reported it (a row of {@code traveler_document}, written and
 * read set-based by {@code TravelerDocuments}, never one statement per row).
 */
public record TravelerDocument(String type, String number, String issuingCountry, LocalDate expiry, LocalDate issued) {

    public TravelerDocument {
        number = number == null ? null : number.trim().toUpperCase();
        issuingCountry = issuingCountry == null ? null : issuingCountry.trim().toUpperCase();
    }

    public boolean usPassport() {
        return "P".equals(type) && ("USA".equals(issuingCountry) || "US".equals(issuingCountry));
    }
}
