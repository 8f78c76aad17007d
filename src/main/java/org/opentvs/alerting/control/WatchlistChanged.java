package org.opentvs.alerting.control;

import java.util.List;
import java.util.UUID;

/**
 * Fired inside the transaction that added, changed or removed a watch-list entry, with what the in-memory
 * index needs (null and empty for a removal): the index follows at commit, then screening reruns.
 */
public record WatchlistChanged(UUID entryId, boolean removed, ListedPerson person, List<ListedFace> faces, int version) {

    public WatchlistChanged {
        faces = List.copyOf(faces);
    }
}
