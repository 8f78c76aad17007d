package org.opentvs.crossing.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/**
 * OBIM/IDENT's determination for an exported crossing
 * ({@code POST /api/v1/crossings/{id}/ident-determination}): {@code MATCH} or {@code NO_MATCH} (in any
 * case) and, optionally, IDENT's own record reference.
 */
public record IdentDeterminationRequest(
        @NotNull @Limit(chars = 12) @Pattern(regexp = "MATCH|NO_MATCH", flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be MATCH or NO_MATCH") String determination,
        @Limit(FieldLimit.IDENT_RECORD) String identRecord) {
}
