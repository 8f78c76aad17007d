package org.opentvs.biometric.batch;

import java.util.UUID;

/** A reference face's new template, sealed, ready to be written beside its current one. */
record ReEnrolled(UUID faceId, String algorithm, String version, int dimension, byte[] sealedTemplate) {
}
