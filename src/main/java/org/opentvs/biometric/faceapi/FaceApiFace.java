package org.opentvs.biometric.faceapi;

import org.opentvs.biometric.entity.QualityMeasures;

/**
 * One face through face-api's pipeline: the detector's box, 68 landmarks in image pixels, the
 * dlib-aligned region, the raw 128-d descriptor (as face-api returns it, not unit length) and the
 * quality measures.
 */
public record FaceApiFace(FaceBox box, double[] landmarks, Region aligned, float[] descriptor, QualityMeasures quality) {
}
