package org.opentvs.verification.control;

import org.opentvs.biometric.entity.CaptureFailure;
import org.opentvs.biometric.entity.QualityMeasures;

/**
 * One person to search for: a template with its algorithm, or the reason the capture cannot be
 * searched. {@code measures} are the engine's quality measures (null for a template capture);
 * {@code sealable} is what may be kept of a non-citizen's capture (the template, never the image).
 */
public record Probe(String algorithm, String version, float[] vector, Float deviceQuality, byte[] sealable,
        QualityMeasures measures, CaptureFailure failure) {
}
