package org.opentvs.biometric.control;

import org.opentvs.biometric.entity.CaptureFailure;
import org.opentvs.biometric.entity.QualityMeasures;
/**
 * One person's probe from an image: the template and its quality measures, or why there is none.
 * {@code quality} is null when no face was found.
 */
public record ImageProbe(String algorithm, String version, float[] template, QualityMeasures quality, CaptureFailure failure) {

    public boolean usable() {
        return failure == null;
    }
}
