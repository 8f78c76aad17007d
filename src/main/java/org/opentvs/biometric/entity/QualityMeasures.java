package org.opentvs.biometric.entity;

/**
 * Measures of a detected face that decide whether it is good enough to search with: inter-eye
 * distance in pixels, head pose from the landmarks in degrees, sharpness (variance of the
 * Laplacian on the face crop) and mean brightness (0–255).
 */
public record QualityMeasures(double interEyeDistance, double yawDegrees, double pitchDegrees, double rollDegrees,
        double sharpness, double brightness) {
}
