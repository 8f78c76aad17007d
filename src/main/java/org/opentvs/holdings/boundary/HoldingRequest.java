package org.opentvs.holdings.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.opentvs.biometric.boundary.FaceInput;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/**
 * A reference identity as a holdings feed sends it ({@code POST /holdings/identities}): its
 * {@code source}, the {@code person}, the person's {@code documents}, up to {@value #MAX_FACES}
 * {@code faces} (templates or images) and the land {@code ports} a frequent-crosser programme enrols
 * the person for. What a face must hold and the form of the ports are {@link HoldingEnrolment}'s.
 */
public record HoldingRequest(
        @NotNull @Limit(FieldLimit.HOLDING_SOURCE) String source,
        @NotNull @Valid Person person,
        List<@Valid Document> documents,
        @Size(max = MAX_FACES, message = "may hold at most {max} faces") List<@Valid FaceInput> faces,
        List<@Limit(FieldLimit.LOCATION) String> ports) {

    static final int MAX_FACES = 10;

    public HoldingRequest {
        documents = documents == null ? List.of() : documents;
        faces = faces == null ? List.of() : faces;
        ports = ports == null ? List.of() : ports;
    }

    /** Who is enrolled; a family name is required. */
    public record Person(
            @NotNull @Limit(FieldLimit.FAMILY_NAME) String familyName,
            @Limit(FieldLimit.GIVEN_NAMES) String givenNames,
            LocalDate dateOfBirth,
            @Limit(FieldLimit.SEX) @Pattern(regexp = "[MFXUmfxu]", message = "must be M, F, X or U") String sex,
            @Limit(FieldLimit.COUNTRY) @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be an ISO 3166 country code") String nationality,
            Boolean usCitizen) {
    }

    /** An identity document of the person; its type is P (passport) unless given. */
    public record Document(
            @Limit(FieldLimit.DOCUMENT_TYPE) String type,
            @NotNull @Limit(FieldLimit.DOCUMENT_NUMBER) String number,
            @NotNull @Limit(FieldLimit.COUNTRY) @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be an ISO 3166 country code") String issuingCountry,
            LocalDate expiry) {
    }
}
