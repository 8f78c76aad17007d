package org.opentvs.reconciliation.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.opentvs.reconciliation.control.DiscrepancyQueue;

/**
 * A queued discrepancy as the analyst sees it: both sides, each person field present (null when not stored).
 * The confidence is a BigDecimal of the double, written as JSON-P wrote it.
 */
@JsonbPropertyOrder({"id", "confidence", "reason", "status", "raisedAt", "arrival", "departure", "resolution"})
public record DiscrepancyReply(String id, BigDecimal confidence, String reason, String status, String raisedAt, Arrival arrival,
        Departure departure, @JsonbNillable String resolution) {

    /** The admission side. */
    @JsonbPropertyOrder({"admissionId", "classOfAdmission", "admittedAt", "familyName", "givenNames", "dateOfBirth", "nationality",
            "documentNumber", "documentCountry"})
    public record Arrival(String admissionId, String classOfAdmission, String admittedAt, @JsonbNillable String familyName,
            @JsonbNillable String givenNames, @JsonbNillable String dateOfBirth, @JsonbNillable String nationality,
            @JsonbNillable String documentNumber, @JsonbNillable String documentCountry) {
    }

    /** The departure side. */
    @JsonbPropertyOrder({"departureId", "source", "departedAt", "familyName", "givenNames", "dateOfBirth", "nationality",
            "documentNumber", "documentCountry"})
    public record Departure(String departureId, String source, String departedAt, @JsonbNillable String familyName,
            @JsonbNillable String givenNames, @JsonbNillable String dateOfBirth, @JsonbNillable String nationality,
            @JsonbNillable String documentNumber, @JsonbNillable String documentCountry) {
    }

    /** The outcome of a resolution: the discrepancy and its new status. */
    @JsonbPropertyOrder({"id", "status"})
    public record Resolved(String id, String status) {
    }

    static DiscrepancyReply of(DiscrepancyQueue.Discrepancy r) {
        DiscrepancyQueue.Person a = r.arrival();
        DiscrepancyQueue.Person d = r.departure();
        return new DiscrepancyReply(r.id(), BigDecimal.valueOf(r.confidence()), r.reason(), r.status(), r.raisedAt(),
                new Arrival(r.admissionId(), r.classOfAdmission(), r.admittedAt(), a.familyName(), a.givenNames(), a.dateOfBirth(),
                        a.nationality(), a.documentNumber(), a.documentCountry()),
                new Departure(r.departureId(), r.source(), r.departedAt(), d.familyName(), d.givenNames(), d.dateOfBirth(),
                        d.nationality(), d.documentNumber(), d.documentCountry()),
                r.resolution());
    }
}
