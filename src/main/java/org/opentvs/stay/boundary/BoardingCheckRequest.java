package org.opentvs.stay.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/**
 * A carrier's boarding check as it sends it ({@code POST /carriers/boarding-checks}): one of its
 * flights and the travelers it asks about, each by document and date of birth, with the carrier's
 * own reference if it has one. How many travelers one check may name is
 * {@link BoardingChecksResource}'.
 */
public record BoardingCheckRequest(@NotNull @Valid Flight flight, List<@Valid Traveler> travelers) {

    public BoardingCheckRequest {
        travelers = travelers == null ? List.of() : travelers;
    }

    /** The carrier's flight. */
    public record Flight(
            @NotNull @Limit(FieldLimit.CARRIER) String carrier,
            @NotNull @Limit(FieldLimit.FLIGHT_NUMBER) String number,
            @NotNull LocalDate date) {
    }

    /** A traveler the carrier asks about. */
    public record Traveler(
            @Limit(FieldLimit.TRAVELER_REFERENCE) String reference,
            @NotNull @Limit(FieldLimit.DOCUMENT_NUMBER) @Pattern(regexp = DocumentKeys.NUMBER_FORM, message = DocumentKeys.NUMBER_RULE) String documentNumber,
            @NotNull @Limit(FieldLimit.COUNTRY) @Pattern(regexp = DocumentKeys.COUNTRY_FORM, message = DocumentKeys.COUNTRY_RULE) String documentCountry,
            @NotNull LocalDate dateOfBirth) {
    }
}
