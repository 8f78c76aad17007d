package org.opentvs.alerting.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The record an alert links to: a manifest traveler (with reference, seat, status and flight) or a
 * holdings identity (without them: left out), each with its documents. Unknown values are empty strings.
 */
@JsonbPropertyOrder({"id", "kind", "familyName", "givenNames", "dateOfBirth", "sex", "nationality", "reference", "seat", "status", "flight",
        "documents"})
public record SubjectRecord(String id, String kind, String familyName, String givenNames, String dateOfBirth, String sex,
        String nationality, String reference, String seat, String status, Flight flight, List<Document> documents) {

    /** The traveler's flight. */
    @JsonbPropertyOrder({"carrier", "number", "date", "from", "to"})
    public record Flight(String carrier, String number, String date, String from, String to) {
    }

    /** A travel document. */
    @JsonbPropertyOrder({"type", "number", "issuingCountry"})
    public record Document(String type, String number, String issuingCountry) {
    }
}
