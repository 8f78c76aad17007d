package org.opentvs.alerting.boundary;

import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/** An analyst's reason for validating or dismissing a hotlist entry ({@code POST /api/v1/hotlist/{id}/validate}, {@code /dismiss}). */
public record HotlistDecision(@Limit(FieldLimit.REASON) String reason) {
}
