package org.opentvs.manifest.entity;

import java.util.List;

/** What a manifest row records about the message it came from. */
public record MessageFacts(String messageReference, String commonAccessReference, String messageType, ManifestKind kind,
        String documentCode, String documentQualifier, int partNumber, boolean lastPart, int travelerCount,
        Integer declaredTotal, List<String> warnings) {
}
