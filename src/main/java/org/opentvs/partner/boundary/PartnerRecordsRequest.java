package org.opentvs.partner.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/**
 * A partner agency's question ({@code POST /api/v1/partner/records}): the document and the holder's
 * date of birth, and the partner country it asks as ({@code partner}, optional when the client's
 * scope has one). Codes may come in lower case; a date of birth in the future is refused by the
 * resource, which knows the day.
 */
public record PartnerRecordsRequest(
        @Limit(FieldLimit.COUNTRY) @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 3166 alpha-3 code such as CAN") String partner,
        @NotNull @Limit(FieldLimit.DOCUMENT_NUMBER) @Pattern(regexp = "[A-Za-z0-9]{1,35}", message = "must be 1 to 35 letters and digits") String documentNumber,
        @NotNull @Limit(FieldLimit.COUNTRY) @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 3166 alpha-3 code such as GBR") String documentCountry,
        @NotNull LocalDate dateOfBirth) {
}
