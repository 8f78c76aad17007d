package org.opentvs.alerting.control;

import java.util.UUID;

/** A watch-list face template (unit vector), in memory only while the entry is listed. */
public record ListedFace(UUID entryId, String category, String algorithm, float[] vector, int version) {
}
