package org.opentvs.biometric.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opentvs.biometric.entity.CaptureFailure;
import org.opentvs.biometric.entity.QualityMeasures;

/**
 * Image to probes with an engine: decode (limits first), detect, check each face's quality. A
 * one-person touchpoint gets exactly one probe (several faces fail it); a vehicle gets one probe
 * per detected occupant.
 */
@ApplicationScoped
public class FaceExtraction {

    @Inject
    FaceImages images;

    @Inject
    CaptureQualityGate gate;

    public List<ImageProbe> probes(FaceEngine engine, String format, byte[] bytes, boolean severalPeople) {
        BufferedImage rgb = images.decode(format, bytes);
        List<DetectedFace> faces = severalPeople ? engine.detectAll(rgb) : engine.detect(rgb);
        if (faces.isEmpty()) {
            return List.of(failed(engine, null, CaptureFailure.NO_FACE));
        }
        if (!severalPeople && faces.size() > 1) {
            return List.of(failed(engine, faces.get(0).quality(), CaptureFailure.MULTIPLE_FACES));
        }
        List<ImageProbe> probes = new ArrayList<>();
        for (DetectedFace face : faces) {
            Optional<CaptureFailure> failure = gate.check(face.quality());
            probes.add(failure.isPresent()
                    ? failed(engine, face.quality(), failure.get())
                    : new ImageProbe(engine.algorithm(), engine.version(), CosineTemplate.of(face.template()).vector(),
                            face.quality(), null));
        }
        return probes;
    }

    private static ImageProbe failed(FaceEngine engine, QualityMeasures quality, CaptureFailure failure) {
        return new ImageProbe(engine.algorithm(), engine.version(), null, quality, failure);
    }
}
