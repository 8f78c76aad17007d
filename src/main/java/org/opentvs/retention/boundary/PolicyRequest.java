package org.opentvs.retention.boundary;

import jakarta.validation.constraints.NotNull;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.platform.boundary.Limit;

/**
 * A change of a retention policy ({@code PUT /api/v1/admin/retention/policies/{category}}): the
 * {@code period} (ISO-8601, checked by {@code RetentionPeriod}) and whether the purge applies it
 * ({@code enabled}, true when left out).
 */
public record PolicyRequest(@NotNull @Limit(chars = 40) String period, Boolean enabled) {

    public PolicyRequest {
        enabled = enabled == null ? Boolean.TRUE : enabled;
    }

    /**
     * The policy a body holds. The resource reads its body itself, after it found the category, so
     * an unknown category is a 404 whatever the body says.
     */
    static PolicyRequest read(String body) {
        return JsonRequestReader.readOrRefuse(PolicyRequest.class, body);
    }
}
