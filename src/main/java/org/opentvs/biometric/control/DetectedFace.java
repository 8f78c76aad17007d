package org.opentvs.biometric.control;

import org.opentvs.biometric.entity.QualityMeasures;
/**
 * One face an engine found: its box in image pixels, the detector's confidence, the landmarks
 * (x, y pairs), the quality measures and the unit-length template.
 */
public record DetectedFace(double x, double y, double width, double height, double detectionScore, float[] landmarks,
        QualityMeasures quality, float[] template) {
}
