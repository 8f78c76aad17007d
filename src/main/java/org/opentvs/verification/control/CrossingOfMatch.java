package org.opentvs.verification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.opentvs.crossing.control.CrossingRegistration;
import org.opentvs.crossing.entity.BiometricConfirmation;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Outcome;
import org.opentvs.verification.entity.Touchpoint;
import org.opentvs.verification.entity.Verification;
import org.opentvs.verification.entity.VerificationRequest;

/**
 * Which matches are border crossings: an in-scope non-US-citizen confirmed at a departure touchpoint
 * (exit), an arrival touchpoint (entry), or a land lane (the lane's direction). Pre-boarding
 * touchpoints (check-in, bag drop, security) confirm identity only.
 */
@Dependent
public class CrossingOfMatch {

    @Inject
    CrossingRegistration registration;

    public void record(VerificationRequest request, Verification verification, Outcome outcome) {
        if (outcome.decision() != Decision.MATCH || outcome.usCitizen() || !outcome.inScope()) {
            return;
        }
        String direction = switch (request.touchpoint().crossing()) {
            case NONE -> null;
            case EXIT -> "EXIT";
            case ENTRY -> "ENTRY";
            case LANE -> request.laneDirection().name();
        };
        if (direction == null) {
            return;
        }
        boolean land = request.touchpoint().mode() == Touchpoint.Mode.LAND;
        registration.biometric(new BiometricConfirmation(land ? null : outcome.travelerId(), land ? outcome.travelerId() : null,
                direction, verification.id(), request.touchpoint().name(), request.location().port(), request.device().id(),
                verification.galleryId(), outcome.score(), verification.at(), verification.elapsedMicros()));
    }
}
