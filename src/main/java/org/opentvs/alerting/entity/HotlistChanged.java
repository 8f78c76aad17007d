package org.opentvs.alerting.entity;

import java.util.List;
import java.util.UUID;

/**
 * Fired inside a transaction that created or decided hotlist entries: whether each now notifies
 * officers when its subject is verified. Applied to the in-memory set after commit.
 */
public record HotlistChanged(List<Change> changes) {

    public record Change(UUID hotlistId, UUID subjectId, boolean actionable) {
    }

    public HotlistChanged {
        changes = List.copyOf(changes);
    }
}
