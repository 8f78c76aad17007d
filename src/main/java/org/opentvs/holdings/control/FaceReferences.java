package org.opentvs.holdings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.biometric.control.FaceEngine;
import org.opentvs.biometric.control.FaceEngines;
import org.opentvs.biometric.control.FaceExtraction;
import org.opentvs.biometric.control.FaceImages;
import org.opentvs.biometric.control.ImageProbe;
import org.opentvs.holdings.entity.HoldingFace;
import org.opentvs.platform.control.DataCipher;
import org.opentvs.platform.control.Refusal;

/**
 * Turns a submitted face (template or image) into a sealed {@link HoldingFace}, refusing what is not
 * usable. An image is kept sealed for re-enrolment and, when this deployment has a face engine,
 * its template is extracted now.
 */
@Dependent
public class FaceReferences {

    @Inject
    DataCipher cipher;

    @Inject
    FaceImages images;

    @Inject
    FaceEngines engines;

    @Inject
    FaceExtraction extraction;

    /** A face submitted as a template of {@code algorithm}, its data in base64. */
    public HoldingFace fromTemplate(String algorithm, String data, UUID identityId, Instant at) {
        requireInstalled(algorithm);
        CosineTemplate decoded = Templates.decode(data);
        return HoldingFace.template(identityId, algorithm, decoded.dimension(), cipher.encrypt(decoded.encode()), at);
    }

    /** Refuses a template algorithm this installation cannot search. */
    public static void requireInstalled(String algorithm) {
        if (!CosineTemplate.ALGORITHM.equals(algorithm)) {
            throw Refusal.invalid("UNKNOWN_ALGORITHM", "Algorithm '" + algorithm + "' is not installed; known: cosine-v1");
        }
    }

    /** A face submitted as an image, {@code format} "jpeg" or "png" (lower case), its data in base64. */
    public HoldingFace fromImage(String format, String data, UUID identityId, Instant at) {
        byte[] bytes = images.bytes(data);
        Optional<FaceEngine> engine = engines.forImages();
        if (engine.isEmpty()) {
            images.decode(format, bytes); // refused now if undecodable; enrolled by re-enrol once an engine is installed
            return HoldingFace.image(identityId, format, cipher.encrypt(bytes), at);
        }
        ImageProbe probe = extraction.probes(engine.get(), format, bytes, false).get(0);
        if (!probe.usable()) {
            throw Refusal.invalid("REFERENCE_FACE_UNUSABLE", "The reference image cannot be enrolled: "
                    + probe.failure().name(), Map.of("reason", probe.failure().name()));
        }
        CosineTemplate template = CosineTemplate.of(probe.template());
        return HoldingFace.image(identityId, format, cipher.encrypt(bytes), at)
                .withTemplate(probe.algorithm(), probe.version(), template.dimension(), cipher.encrypt(template.encode()));
    }
}
