package org.opentvs.reconciliation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the arrival feed posts ({@code POST /api/v1/admissions}): one admission, or
 * {@code {"admissions": [...]}}. With {@code admissions} the other fields are not read; without,
 * they are the one admission, checked as an {@link AdmissionRequest} ({@link AdmissionJson#admissions}).
 */
public record AdmissionFeed(
        List<@Valid @NotNull AdmissionRequest> admissions,
        UUID id,
        UUID identityId,
        UUID crossingId,
        String familyName,
        String givenNames,
        LocalDate dateOfBirth,
        String sex,
        String nationality,
        String documentNumber,
        String documentCountry,
        String classOfAdmission,
        String port,
        Instant admittedAt,
        LocalDate admitUntil) {

    /** The fields besides {@code admissions}, as the one admission they are when it is absent. */
    AdmissionRequest single() {
        return new AdmissionRequest(id, identityId, crossingId, familyName, givenNames, dateOfBirth, sex, nationality, documentNumber,
                documentCountry, classOfAdmission, port, admittedAt, admitUntil);
    }
}
