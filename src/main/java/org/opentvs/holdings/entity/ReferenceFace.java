package org.opentvs.holdings.entity;

import java.util.UUID;

/** A decrypted reference template, held only in memory for gallery building. */
public record ReferenceFace(UUID faceId, UUID identityId, String algorithm, float[] vector) {
}
