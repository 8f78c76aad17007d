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
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.control.DataCipher;

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

    public HoldingFace from(JsonBody face, UUID identityId, Instant at) {
        if (face.has("template")) {
            JsonBody template = face.object("template");
            String algorithm = template.string("algorithm");
            if (!CosineTemplate.ALGORITHM.equals(algorithm)) {
                throw ApiException.invalid("UNKNOWN_ALGORITHM", "Algorithm '" + algorithm + "' is not installed; known: cosine-v1");
            }
            CosineTemplate decoded = Templates.decode(template.string("data"));
            return HoldingFace.template(identityId, algorithm, decoded.dimension(), cipher.encrypt(decoded.encode()), at);
        }
        if (face.has("image")) {
            JsonBody image = face.object("image");
            String format = image.string("format").toLowerCase();
            if (!format.equals("jpeg") && !format.equals("png")) {
                throw image.invalid("format", "must be jpeg or png");
            }
            byte[] bytes = images.bytes(image.string("data"));
            Optional<FaceEngine> engine = engines.forImages();
            if (engine.isEmpty()) {
                images.decode(format, bytes); // refused now if undecodable; enrolled by re-enrol once an engine is installed
                return HoldingFace.image(identityId, format, cipher.encrypt(bytes), at);
            }
            ImageProbe probe = extraction.probes(engine.get(), format, bytes, false).get(0);
            if (!probe.usable()) {
                throw new ApiException(422, "REFERENCE_FACE_UNUSABLE", "The reference image cannot be enrolled: "
                        + probe.failure().name(), Map.of("reason", probe.failure().name()));
            }
            CosineTemplate template = CosineTemplate.of(probe.template());
            return HoldingFace.image(identityId, format, cipher.encrypt(bytes), at)
                    .withTemplate(probe.algorithm(), probe.version(), template.dimension(), cipher.encrypt(template.encode()));
        }
        throw face.invalid("template", "or 'image' is required for each face");
    }
}
