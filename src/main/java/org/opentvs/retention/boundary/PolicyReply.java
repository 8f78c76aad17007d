package org.opentvs.retention.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.opentvs.retention.control.RetentionPolicies;

/** One category's retention policy: its period, whether purging is on, and who changed it when. */
@JsonbPropertyOrder({"category", "period", "enabled", "description", "changedAt", "changedBy"})
public record PolicyReply(String category, String period, boolean enabled, String description, Instant changedAt, String changedBy) {

    static PolicyReply of(RetentionPolicies.Policy p) {
        return new PolicyReply(p.category(), p.period(), p.enabled(), p.description(), p.changedAt(), p.changedBy());
    }
}
