package org.opentvs.verification.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.opentvs.verification.control.Probe;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Outcome;
import org.opentvs.verification.entity.Verification;

/**
 * The answer to one capture: the decision and instruction, and of the traveler only the reference the
 * carrier sent ({@code traveler} and {@code score} are {@code null} when there is none). A capture that
 * could not be searched says why ({@code reason}: NO_FACE, FACE_TOO_SMALL, ...); an occupant of a
 * vehicle carries its position ({@code occupant}, from 1). The numbers are {@link BigDecimal}s of the
 * doubles so that they are written as JSON-P wrote them (0.00030, not the 3.0E-4 Yasson writes of a double).
 */
@JsonbPropertyOrder({"id", "decision", "instruction", "traveler", "score", "elapsedMillis", "reason", "occupant"})
public record CaptureReply(String id, String decision, String instruction, @JsonbNillable Traveler traveler,
        @JsonbNillable BigDecimal score, BigDecimal elapsedMillis, String reason, Integer occupant) implements VerificationReply {

    /**
     * A matched traveler: confirmed, with the carrier's reference or {@code null}. Nillable as a class as
     * well: Yasson 3.0 writes a {@code null} of a record type only when that type is {@code @JsonbNillable},
     * whatever the component says.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"confirmed", "reference"})
    public record Traveler(boolean confirmed, @JsonbNillable String reference) {
    }

    /** The answer to a capture; {@code occupant} is its position in a vehicle, else {@code null}. */
    static CaptureReply of(Verification v, Outcome o, Probe probe, double elapsedMillis, Integer occupant) {
        Traveler traveler = o.decision() == Decision.MATCH ? new Traveler(true, o.reference()) : null;
        BigDecimal score = o.score() == null ? null : BigDecimal.valueOf(Math.round(o.score() * 10_000) / 10_000.0);
        return new CaptureReply(v.id().toString(), o.decision().name(), o.instruction().name(), traveler, score,
                BigDecimal.valueOf(Math.round(elapsedMillis * 1000) / 1000.0), probe.failure() == null ? null : probe.failure().name(),
                occupant);
    }
}
