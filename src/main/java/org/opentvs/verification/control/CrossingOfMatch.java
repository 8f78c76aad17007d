package org.opentvs.verification.control;

import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Outcome;
import org.opentvs.verification.entity.VerificationRequest;

/**
 * Which matches are border crossings: an in-scope non-US-citizen confirmed at a departure touchpoint
 * (exit), an arrival touchpoint (entry), or a land lane (the lane's direction). Pre-boarding
 * touchpoints (check-in, bag drop, security) confirm identity only. The verification writer records
 * the crossing in the verification's transaction.
 */
public final class CrossingOfMatch {

    private CrossingOfMatch() {
    }

    /** @return {@code EXIT}, {@code ENTRY}, or null when this outcome confirms no crossing */
    public static String direction(VerificationRequest request, Outcome outcome) {
        if (outcome.decision() != Decision.MATCH || outcome.usCitizen() || !outcome.inScope()) {
            return null;
        }
        return switch (request.touchpoint().crossing()) {
            case NONE -> null;
            case EXIT -> "EXIT";
            case ENTRY -> "ENTRY";
            case LANE -> request.laneDirection().name();
        };
    }
}
