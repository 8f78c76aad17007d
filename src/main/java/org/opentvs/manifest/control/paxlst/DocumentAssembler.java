package org.opentvs.manifest.control.paxlst;

import java.time.LocalDate;

/** Collects one SG5 group: DOC, then its DTM (36 expiry, 182 issue) and LOC+91 (issuing country). */
final class DocumentAssembler {

    private final String type;
    private final String number;
    String issuingCountry;
    LocalDate expiry;
    LocalDate issued;

    DocumentAssembler(String type, String number) {
        this.type = type;
        this.number = number;
    }

    boolean hasNumber() {
        return number != null;
    }

    String issuingCountry() {
        return issuingCountry;
    }

    String type() {
        return type;
    }

    ParsedDocument build() {
        return new ParsedDocument(type, number, issuingCountry, expiry, issued);
    }
}
