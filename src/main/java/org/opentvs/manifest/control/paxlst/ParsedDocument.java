package org.opentvs.manifest.control.paxlst;

import java.time.LocalDate;

/** A travel document (SG5 DOC group, or the document part of a legacy PDT segment). */
public record ParsedDocument(String type, String number, String issuingCountry, LocalDate expiry, LocalDate issued) {
}
