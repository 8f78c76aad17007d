package org.opentvs.verification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opentvs.biometric.control.FaceEngine;
import org.opentvs.biometric.control.FaceEngines;
import org.opentvs.biometric.control.FaceExtraction;
import org.opentvs.biometric.control.FaceImages;
import org.opentvs.biometric.control.ImageProbe;
import org.opentvs.biometric.entity.CaptureFailure;
import org.opentvs.gallery.control.LoadedGallery;
import org.opentvs.gallery.control.SearchHit;
import org.opentvs.gallery.entity.GalleryMember;
import org.opentvs.platform.control.Refusal;
import org.opentvs.verification.entity.Outcome;
import org.opentvs.verification.entity.VerificationRequest.Capture;

/**
 * Turns a call's captures into probes (templates as sent; images through the biometric context's
 * engine for the gallery's algorithm) and searches a gallery for each. Everything is checked before
 * anything is stored: one bad capture refuses the whole call.
 */
@Dependent
public class CaptureSearch {

    @Inject
    MatchPolicy policy;

    @Inject
    FaceEngines engines;

    @Inject
    FaceImages images;

    @Inject
    FaceExtraction extraction;

    public List<Probe> probes(LoadedGallery gallery, List<Capture> captures, boolean severalPeople) {
        List<Probe> probes = new ArrayList<>();
        for (Capture c : captures) {
            if (c.image()) {
                probes.addAll(fromImage(gallery, c, severalPeople));
                continue;
            }
            requireSameAlgorithm(gallery, c.algorithm());
            if (gallery.matrix() != null && gallery.matrix().dimension() != c.vector().length) {
                throw new Refusal(Refusal.Reason.INVALID, "DIMENSION_MISMATCH", "The gallery holds " + gallery.matrix().dimension()
                        + "-dimensional templates, the capture has " + c.vector().length,
                        Map.of("galleryDimension", gallery.matrix().dimension()));
            }
            CaptureFailure failure = policy.usable(c.quality()) ? null : CaptureFailure.LOW_DEVICE_QUALITY;
            String version = engines.byAlgorithm(c.algorithm()).map(FaceEngine::version).orElse(null);
            probes.add(new Probe(c.algorithm(), version, c.vector(), c.quality(), c.encoded(), null, failure));
        }
        return probes;
    }

    private List<Probe> fromImage(LoadedGallery gallery, Capture c, boolean severalPeople) {
        FaceEngine engine = engines.forImagesInto(gallery.algorithm()).orElseThrow(() -> Refusal.invalid(
                "NO_ENGINE_FOR_IMAGES", gallery.algorithm() == null
                        ? "This installation has no face engine for images"
                        : "This gallery holds " + gallery.algorithm() + " templates and no engine here makes them from images: "
                                + "send a " + gallery.algorithm() + " template"));
        byte[] bytes = images.bytes(c.imageData());
        List<Probe> probes = new ArrayList<>();
        for (ImageProbe p : extraction.probes(engine, c.imageFormat(), bytes, severalPeople)) {
            CaptureFailure failure = p.failure() != null
                    ? p.failure()
                    : policy.usable(c.quality()) ? null : CaptureFailure.LOW_DEVICE_QUALITY;
            probes.add(new Probe(p.algorithm(), p.version(), p.template(), c.quality(),
                    p.template() == null ? null : littleEndian(p.template()), p.quality(), failure));
        }
        return probes;
    }

    private static void requireSameAlgorithm(LoadedGallery gallery, String algorithm) {
        if (gallery.algorithm() != null && !gallery.algorithm().equals(algorithm)) {
            throw new Refusal(Refusal.Reason.INVALID, "ALGORITHM_MISMATCH", "The gallery holds " + gallery.algorithm() + " templates, not "
                    + algorithm, Map.of("galleryAlgorithm", gallery.algorithm()));
        }
    }

    public Outcome outcome(LoadedGallery gallery, Probe probe, int attempt) {
        String algorithm = gallery.algorithm() != null ? gallery.algorithm() : probe.algorithm();
        if (probe.failure() != null) {
            return policy.captureFailed(algorithm, attempt);
        }
        SearchHit<GalleryMember> best = gallery.matrix() == null ? null : gallery.matrix().best(probe.vector());
        return policy.decide(algorithm, best, attempt);
    }

    private static byte[] littleEndian(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }
}
