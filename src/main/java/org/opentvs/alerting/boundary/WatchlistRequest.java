package org.opentvs.alerting.boundary;

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
 * A watch-list entry as a feed sends it (POST and PUT): {@code category}, optional {@code person},
 * {@code nameVariants}, {@code documents} and {@code faces} (cosine-v1 templates), at most
 * {@value #MAX_ITEMS} of each. An entry needs a name, a document or a face.
 */
public record WatchlistRequest(
        @NotNull @Limit(FieldLimit.WATCHLIST_CATEGORY) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{1,29}", message = "must be 2 to 30 letters, digits or _") String category,
        @Limit(FieldLimit.EXTERNAL_REF) String externalRef,
        @Valid Person person,
        @Size(max = MAX_ITEMS, message = "may hold at most {max} items") List<@Valid @NotNull NameVariant> nameVariants,
        @Size(max = MAX_ITEMS, message = "may hold at most {max} items") List<@Valid @NotNull Document> documents,
        @Size(max = MAX_ITEMS, message = "may hold at most {max} items") List<@Valid @NotNull Face> faces) {

    static final int MAX_ITEMS = 20;

    public WatchlistRequest {
        nameVariants = nameVariants == null ? List.of() : nameVariants;
        documents = documents == null ? List.of() : documents;
        faces = faces == null ? List.of() : faces;
    }

    /** Who is listed; every part is optional. */
    public record Person(
            @Limit(FieldLimit.FAMILY_NAME) String familyName,
            @Limit(FieldLimit.GIVEN_NAMES) String givenNames,
            LocalDate dateOfBirth,
            @Limit(FieldLimit.COUNTRY) @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be an ISO 3166 country code") String nationality) {
    }

    /** Another spelling of the listed name. */
    public record NameVariant(
            @NotNull @Limit(FieldLimit.FAMILY_NAME) @Pattern(regexp = "[^|,]*", message = "may not contain | or ,") String familyName,
            @Limit(FieldLimit.GIVEN_NAMES) @Pattern(regexp = "[^|,]*", message = "may not contain | or ,") String givenNames) {
    }

    /** A travel document of the listed person. */
    public record Document(
            @NotNull @Limit(FieldLimit.DOCUMENT_NUMBER) @Pattern(regexp = "[A-Za-z0-9 -]{3,35}", message = "must be 3 to 35 letters or digits") String number,
            @Limit(FieldLimit.COUNTRY) @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be an ISO 3166 country code") String issuingCountry) {
    }

    /** A face of the listed person: a template. */
    public record Face(@NotNull @Valid FaceInput.Template template) {
    }
}
