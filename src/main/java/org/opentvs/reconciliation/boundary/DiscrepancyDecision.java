package org.opentvs.reconciliation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/** An analyst's resolution of a discrepancy ({@code POST /api/v1/reconciliation/discrepancies/{id}/resolve}): LINK or REJECT, and why. */
public record DiscrepancyDecision(
        @NotNull @Limit(chars = 10) @Pattern(regexp = "(?i)LINK|REJECT", message = "must be LINK or REJECT") String decision,
        @NotNull @Limit(FieldLimit.REASON) String reason) {

    /** Whether the analyst links the arrival and the departure (a REVIEWED link). */
    boolean link() {
        return "LINK".equals(decision.toUpperCase(Locale.ROOT));
    }
}
