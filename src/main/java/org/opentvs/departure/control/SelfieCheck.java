package org.opentvs.departure.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.biometric.control.FaceEngine;
import org.opentvs.biometric.control.FaceEngines;
import org.opentvs.biometric.control.FaceExtraction;
import org.opentvs.biometric.control.FaceImages;
import org.opentvs.biometric.control.ImageProbe;
import org.opentvs.departure.entity.FaceResult;
import org.opentvs.departure.entity.SelfReportRefused;
import org.opentvs.holdings.control.ReferenceHoldings;
import org.opentvs.holdings.entity.ReferenceFace;

/**
 * The selfie, 1:1 against the holding's reference faces with the deployment's face engine for images.
 * {@link #probe} decodes and extracts (CPU only, before any database work); a selfie without exactly
 * one usable face is refused. {@link #compare} reads the identity's templates of the same algorithm
 * and version and keeps the best similarity. Without an engine the image is only decoded.
 */
@Dependent
public class SelfieCheck {

    public static final String UNUSABLE = "SELFIE_UNUSABLE";

    /** The engine and the selfie's probe (null without an engine). */
    public record Selfie(FaceEngine engine, ImageProbe probe) {
    }

    @Inject
    FaceEngines engines;

    @Inject
    FaceImages images;

    @Inject
    FaceExtraction extraction;

    @Inject
    ReferenceHoldings holdings;

    @Inject
    @ConfigProperty(name = "opentvs.self-report.face-threshold")
    Optional<Double> configuredThreshold;

    public Selfie probe(String format, byte[] bytes) {
        Optional<FaceEngine> engine = engines.forImages();
        if (engine.isEmpty()) {
            images.decode(format, bytes);
            return new Selfie(null, null);
        }
        ImageProbe probe = extraction.probes(engine.get(), format, bytes, false).get(0);
        if (!probe.usable()) {
            throw new SelfReportRefused(422, UNUSABLE, "The selfie cannot be compared: " + probe.failure().name()
                    + "; take it again, one face, well lit, looking at the camera");
        }
        return new Selfie(engine.get(), probe);
    }

    public FaceResult compare(Selfie selfie, UUID identityId) {
        if (selfie.engine() == null) {
            return new FaceResult(null, null, null, Double.NaN, false);
        }
        FaceEngine engine = selfie.engine();
        double threshold = configuredThreshold.orElseGet(engine::similarityThreshold);
        List<ReferenceFace> faces = holdings.faces(List.of(identityId), engine.algorithm(), engine.version())
                .getOrDefault(identityId, List.of());
        if (faces.isEmpty()) {
            return new FaceResult(engine.algorithm(), engine.version(), null, threshold, false);
        }
        float[] probe = selfie.probe().template();
        double best = -1;
        for (ReferenceFace f : faces) {
            double dot = 0;
            for (int i = 0; i < probe.length && i < f.vector().length; i++) {
                dot += probe[i] * f.vector()[i];
            }
            best = Math.max(best, dot);
        }
        return new FaceResult(engine.algorithm(), engine.version(), best, threshold, true);
    }
}
