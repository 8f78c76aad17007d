package org.opentvs.alerting.control;

import java.util.UUID;

/** A hit screening found, before it is on the hotlist. {@code subjectKind} is TRAVELER or IDENTITY. */
public record HotlistCandidate(String kind, UUID watchlistEntryId, UUID subjectId, String subjectKind, UUID flightId,
        String category, String basis, boolean highPriority, Double nameScore, Float biometricScore, String agreement,
        Integer entryVersion) {

    /** A hit without a watch-list entry (a probable EWI). */
    public HotlistCandidate(String kind, UUID watchlistEntryId, UUID subjectId, String subjectKind, UUID flightId, String category,
            String basis, boolean highPriority, Double nameScore, Float biometricScore, String agreement) {
        this(kind, watchlistEntryId, subjectId, subjectKind, flightId, category, basis, highPriority, nameScore, biometricScore,
                agreement, null);
    }
}
