package org.opentvs.biometric.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.biometric.entity.CaptureFailure;
import org.opentvs.biometric.entity.QualityMeasures;

/**
 * Whether a detected face is good enough to search with; the failure reason otherwise. Thresholds
 * are configurable ({@code opentvs.capture.face.*}).
 */
@ApplicationScoped
public class CaptureQualityGate {

    @Inject
    @ConfigProperty(name = "opentvs.capture.face.min-inter-eye-pixels", defaultValue = "30")
    double minInterEye;

    @Inject
    @ConfigProperty(name = "opentvs.capture.face.max-yaw-degrees", defaultValue = "35")
    double maxYaw;

    @Inject
    @ConfigProperty(name = "opentvs.capture.face.max-pitch-degrees", defaultValue = "30")
    double maxPitch;

    @Inject
    @ConfigProperty(name = "opentvs.capture.face.max-roll-degrees", defaultValue = "30")
    double maxRoll;

    @Inject
    @ConfigProperty(name = "opentvs.capture.face.min-sharpness", defaultValue = "15")
    double minSharpness;

    public static CaptureQualityGate of(double minInterEye, double maxYaw, double maxPitch, double maxRoll, double minSharpness) {
        CaptureQualityGate gate = new CaptureQualityGate();
        gate.minInterEye = minInterEye;
        gate.maxYaw = maxYaw;
        gate.maxPitch = maxPitch;
        gate.maxRoll = maxRoll;
        gate.minSharpness = minSharpness;
        return gate;
    }

    public Optional<CaptureFailure> check(QualityMeasures q) {
        if (q.interEyeDistance() < minInterEye) {
            return Optional.of(CaptureFailure.FACE_TOO_SMALL);
        }
        if (Math.abs(q.yawDegrees()) > maxYaw || Math.abs(q.pitchDegrees()) > maxPitch || Math.abs(q.rollDegrees()) > maxRoll) {
            return Optional.of(CaptureFailure.FACE_TURNED);
        }
        if (q.sharpness() < minSharpness) {
            return Optional.of(CaptureFailure.FACE_BLURRED);
        }
        return Optional.empty();
    }
}
