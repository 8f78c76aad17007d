package org.opentvs.crossing.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What the IDENT feed is told of a determination it recorded: the crossing, the determination, and whether it contradicts the match. */
@JsonbPropertyOrder({"crossingId", "determination", "mismatch"})
public record IdentDeterminationReply(String crossingId, String determination, boolean mismatch) {
}
