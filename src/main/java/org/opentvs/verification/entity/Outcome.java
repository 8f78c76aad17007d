package org.opentvs.verification.entity;

import java.util.UUID;

/** The answer to one capture, before it is stored. {@code reference} is what the carrier sent for the traveler. */
public record Outcome(Decision decision, Instruction instruction, Float score, Float threshold, String algorithm,
        UUID travelerId, String reference, boolean usCitizen, boolean inScope) {
}
