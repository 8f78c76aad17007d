package org.opentvs.alerting.boundary;

import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/** What an officer writes when resolving an alert ({@code POST /api/v1/alerts/{id}/resolve}); the body and its field are optional. */
public record AlertResolution(@Limit(FieldLimit.REASON) String resolution) {
}
