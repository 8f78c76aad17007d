package org.opentvs.biometric.faceapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentvs.biometric.control.Comparison;
import org.opentvs.biometric.control.DetectedFace;
import org.opentvs.biometric.control.FaceImages;
import org.opentvs.it.FacePhotos;

/** The engine bean on real photos (skips without the models): installation, templates, pseudo-genuine and impostor distances. */
class FaceApiEngineTest {

    static FaceApiEngine engine;

    static FaceApiEngine engine(Optional<String> dir) {
        FaceApiEngine e = new FaceApiEngine();
        e.modelsDirectory = dir;
        e.distanceThreshold = 0.30;
        e.detectorScore = 0.5;
        e.threads = 1;
        e.detector = "ssd";
        return e;
    }

    @BeforeAll
    static void load() throws InterruptedException {
        assumeTrue(FacePhotos.available(), "face-api models or photos not installed");
        engine = engine(Optional.of(FacePhotos.models().toString()));
        engine.load(null);
        assertTrue(engine.detect(FacePhotos.gradient(64, 64)).isEmpty(), "a request during loading waits for the models");
        assertTrue(engine.loaded());
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void notInstalledWithoutAModelsDirectory() {
        assertFalse(engine(Optional.empty()).installed());
        FaceApiEngine missing = engine(Optional.of("target/no-such-models"));
        assertFalse(missing.installed());
        missing.load(null);
        assertFalse(missing.loaded());
    }

    @Test
    void describesItselfAsADistanceEngine() {
        assertTrue(engine.installed() && engine.loaded() && engine.detectsFaces());
        assertEquals("face-api-dlib", engine.algorithm());
        assertEquals("1.7.15-ssd512", engine.version());
        assertEquals(Comparison.DISTANCE, engine.comparison());
        assertEquals(1 - 0.30 * 0.30 / 2, engine.similarityThreshold(), 1e-12);
    }

    @Test
    void facesComeLargestFirstWithUnitTemplatesLandmarksAndQuality() {
        List<DetectedFace> faces = engine.detect(FacePhotos.sample(6));
        assertEquals(4, faces.size());
        for (int i = 0; i < faces.size(); i++) {
            DetectedFace f = faces.get(i);
            if (i > 0) {
                assertTrue(faces.get(i - 1).width() * faces.get(i - 1).height() >= f.width() * f.height());
            }
            assertEquals(128, f.template().length);
            assertEquals(1, norm(f.template()), 1e-5);
            assertEquals(136, f.landmarks().length);
            assertTrue(f.quality().interEyeDistance() > 40 && f.quality().sharpness() > 15 && f.quality().brightness() > 50,
                    f.quality().toString());
        }
        assertTrue(engine.detect(FacePhotos.gradient(640, 480)).isEmpty(), "no face in a gradient");
    }

    @Test
    void anotherRenderingOfTheSameFaceIsCloserThanAnyOtherFace() {
        List<FacePhotos.Face> people = List.of(FacePhotos.SAMPLE1_B, FacePhotos.SAMPLE3_A,
                FacePhotos.SAMPLE5_A, FacePhotos.SAMPLE5_B, FacePhotos.SAMPLE6_A, FacePhotos.SAMPLE6_B);
        List<float[]> references = new ArrayList<>();
        List<float[]> probes = new ArrayList<>();
        for (FacePhotos.Face p : people) {
            BufferedImage portrait = FacePhotos.portrait(p);
            references.add(only(decodeJpeg(FacePhotos.jpeg(portrait, 0.9f))));
            probes.add(only(decodeJpeg(FacePhotos.jpeg(FacePhotos.otherRendering(portrait, 4, 0.8, 12), 0.6f))));
        }
        double worstGenuine = 0;
        double bestImpostor = 2;
        for (int i = 0; i < people.size(); i++) {
            for (int j = 0; j < people.size(); j++) {
                double d = distance(references.get(i), probes.get(j));
                if (i == j) {
                    worstGenuine = Math.max(worstGenuine, d);
                } else {
                    bestImpostor = Math.min(bestImpostor, d);
                }
            }
        }
        System.out.printf("face-api pseudo-genuine distance max %.3f, impostor min %.3f%n", worstGenuine, bestImpostor);
        assertTrue(worstGenuine < engine.threshold(), "genuine " + worstGenuine);
        assertTrue(bestImpostor > engine.threshold(), "impostor " + bestImpostor);
    }

    /**
     * The default cascade: a face filling the frame (which the tiny detector at 416 often misses)
     * and a group photo (the tiny stages see several faces: SSD counts them) are both found.
     */
    @Test
    void theDefaultCascadeFindsCloseUpsAndEveryFaceOfAGroup() {
        FaceApiEngine cascade = engine(Optional.of(FacePhotos.models().toString()));
        cascade.detector = "cascade";
        cascade.load(null);
        try {
            assertEquals("1.7.15-tiny160-416-ssd512", cascade.version());
            BufferedImage closeUp = FacePhotos.scaled(FacePhotos.portrait(FacePhotos.SAMPLE1_B), 480, 480);
            assertEquals(1, cascade.detect(decodeJpeg(FacePhotos.jpeg(closeUp, 0.9f))).size(), "close-up");
            assertEquals(engine.detect(FacePhotos.sample(6)).size(), cascade.detect(FacePhotos.sample(6)).size(), "group photo");
            assertTrue(cascade.detect(FacePhotos.gradient(640, 480)).isEmpty(), "no face in a gradient");
            // a vehicle's occupants: every face SSD finds, even where a tiny stage sees exactly one (sample 2)
            for (int n = 1; n <= 6; n++) {
                assertEquals(engine.detect(FacePhotos.sample(n)).size(), cascade.detectAll(FacePhotos.sample(n)).size(), "sample " + n);
            }
            assertEquals(1, cascade.detect(FacePhotos.sample(2)).size(), "the shortcut detectAll does not take");
        } finally {
            cascade.close();
        }
    }

    private static BufferedImage decodeJpeg(byte[] jpeg) {
        return FaceImages.withLimits(8 << 20, 25_000_000L, 8000).decode("jpeg", jpeg);
    }

    private static float[] only(BufferedImage image) {
        List<DetectedFace> faces = engine.detect(image);
        assertEquals(1, faces.size(), "faces in a portrait");
        return faces.get(0).template();
    }

    static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    static double distance(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
