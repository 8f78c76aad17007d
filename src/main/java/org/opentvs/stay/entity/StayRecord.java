package org.opentvs.stay.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One admission of a person with the departure that ended it, if any is on record: the
 * reconciliation's link, else the first exit crossing (or partner entry) after the admission and
 * before the next one.
 */
public record StayRecord(UUID admissionId, String classOfAdmission, Instant admittedAt, LocalDate recordedUntil, String port,
        Departure departure) {

    /** A departure: when, where, and from which source ({@code CROSSING} our exit records, {@code PARTNER} a partner's entry). */
    public record Departure(Instant at, String port, String source) {
    }

    public StayRecord withDeparture(Departure d) {
        return new StayRecord(admissionId, classOfAdmission, admittedAt, recordedUntil, port, d);
    }
}
