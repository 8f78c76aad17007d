package org.opentvs.manifest.entity;

import java.util.List;
import java.util.UUID;

/**
 * Fired (CDI event, inside the ingestion transaction) when a message has been applied to a flight;
 * observe with {@code during = AFTER_SUCCESS} to screen the flight's travelers once committed.
 */
public record ManifestRecorded(UUID flightId, UUID manifestId, List<UUID> travelerIds, boolean flightClosed) {

    public ManifestRecorded {
        travelerIds = List.copyOf(travelerIds);
    }
}
