package org.opentvs.biometric.boundary;

import jakarta.validation.Valid;
import org.opentvs.platform.boundary.Limit;

/**
 * A face as every JSON body sends it: {@code {"template": {algorithm, data}}} or
 * {@code {"image": {format, data}}}, with the capture's {@code modality} and {@code quality} where a
 * touchpoint sends them. The decoders bound {@code data} themselves, with error codes of their own.
 */
public record FaceInput(@Limit(chars = 20) String modality, Double quality, @Valid Template template, @Valid Image image) {

    /** A template of an installed algorithm, its vector in base64. */
    public record Template(@Limit(chars = 40) String algorithm, String data) {
    }

    /** A JPEG or PNG image in base64. */
    public record Image(@Limit(chars = 10) String format, String data) {
    }
}
