package org.opentvs.verification.control;

import jakarta.json.JsonObjectBuilder;
import org.opentvs.platform.control.Json;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Outcome;
import org.opentvs.verification.entity.Verification;

/** The answer a device gets: the decision and instruction, and of the traveler only the reference the carrier sent. */
public final class VerificationAnswers {

    private VerificationAnswers() {
    }

    public static JsonObjectBuilder one(Verification v, Outcome o, double elapsedMillis) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", v.id().toString()).add("decision", o.decision().name())
                .add("instruction", o.instruction().name());
        if (o.decision() == Decision.MATCH) {
            JsonObjectBuilder traveler = Json.createObjectBuilder().add("confirmed", true);
            if (o.reference() != null) {
                traveler.add("reference", o.reference());
            } else {
                traveler.addNull("reference");
            }
            json.add("traveler", traveler);
        } else {
            json.addNull("traveler");
        }
        if (o.score() != null) {
            json.add("score", Math.round(o.score() * 10_000) / 10_000.0);
        } else {
            json.addNull("score");
        }
        return json.add("elapsedMillis", Math.round(elapsedMillis * 1000) / 1000.0);
    }

    /** A capture that could not be searched says why ({@code reason}: NO_FACE, FACE_TOO_SMALL, ...). */
    public static JsonObjectBuilder withReason(JsonObjectBuilder json, Probe probe) {
        return probe.failure() == null ? json : json.add("reason", probe.failure().name());
    }
}
