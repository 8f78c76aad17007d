package org.opentvs.reconciliation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/**
 * One admission as the arrival feed sends it ({@code POST /api/v1/admissions}): a person, the class
 * of admission, when and where. Codes may come in lower case ({@link AdmissionJson} upper-cases
 * them); names are printable text. The rules that span fields (the dates against
 * {@code admittedAt}) are {@link AdmissionJson}'s.
 */
public record AdmissionRequest(
        UUID id,
        UUID identityId,
        UUID crossingId,
        @NotNull @Limit(FieldLimit.FAMILY_NAME) @Pattern(regexp = PRINTABLE, message = "must be at most 100 printable characters") String familyName,
        @Limit(FieldLimit.GIVEN_NAMES) @Pattern(regexp = PRINTABLE, message = "must be at most 200 printable characters") String givenNames,
        @NotNull LocalDate dateOfBirth,
        @Limit(FieldLimit.SEX) @Pattern(regexp = "[MFXUmfxu]", message = "must match [MFXU]") String sex,
        @Limit(FieldLimit.COUNTRY) @Pattern(regexp = "[A-Za-z]{3}", message = "must match [A-Z]{3}") String nationality,
        @Limit(FieldLimit.DOCUMENT_NUMBER) @Pattern(regexp = "[A-Za-z0-9]{1,35}", message = "must match [A-Z0-9]{1,35}") String documentNumber,
        @Limit(FieldLimit.COUNTRY) @Pattern(regexp = "[A-Za-z]{3}", message = "must match [A-Z]{3}") String documentCountry,
        @NotNull @Limit(FieldLimit.CLASS_OF_ADMISSION) @Pattern(regexp = "[A-Za-z0-9]{1,8}", message = "must match [A-Z0-9]{1,8}") String classOfAdmission,
        @Limit(FieldLimit.LOCATION) @Pattern(regexp = "[A-Za-z0-9]{1,5}", message = "must match [A-Z0-9]{1,5}") String port,
        @NotNull Instant admittedAt,
        LocalDate admitUntil) {

    /** No control characters (what {@link Character#isISOControl} calls one). */
    static final String PRINTABLE = "[^\\x00-\\x1F\\x7F-\\x9F]*";
}
