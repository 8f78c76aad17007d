package org.opentvs.biometric.faceapi;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.biometric.control.Comparison;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.biometric.control.DetectedFace;
import org.opentvs.biometric.control.FaceEngine;

/**
 * {@value #ALGORITHM}: face-api's face detectors (by default a {@link Detector#CASCADE cascade} of the tiny
 * detector at 160 and 416 px and SSD MobileNetV1; {@code opentvs.biometric.face-api.detector=ssd} or
 * {@code tiny} selects one of them alone), 68-point landmarks and dlib's ResNet
 * descriptor on ONNX Runtime. Installed only when {@code opentvs.biometric.face-api.models} names
 * a directory with the converted networks; they are loaded once, in the background at start-up
 * (readiness waits for it, and so does a request that needs them meanwhile). Templates are the
 * descriptors scaled to unit length and compared by euclidean distance
 * ({@code opentvs.biometric.face-api.distance-threshold}).
 */
@ApplicationScoped
public class FaceApiEngine implements FaceEngine {

    public static final String ALGORITHM = "face-api-dlib";
    /** The npm package the weights come from. */
    public static final String PACKAGE_VERSION = "1.7.15";

    /** How long a request that arrives during start-up waits for the models. */
    static final int LOAD_WAIT_SECONDS = 120;

    private static final Logger LOG = Logger.getLogger(FaceApiEngine.class.getName());

    @Inject
    @ConfigProperty(name = "opentvs.biometric.face-api.models")
    Optional<String> modelsDirectory;

    @Inject
    @ConfigProperty(name = "opentvs.biometric.face-api.distance-threshold", defaultValue = "0.30")
    double distanceThreshold;

    @Inject
    @ConfigProperty(name = "opentvs.biometric.face-api.detector-score", defaultValue = "0.5")
    double detectorScore;

    @Inject
    @ConfigProperty(name = "opentvs.biometric.face-api.threads", defaultValue = "1")
    int threads;

    @Inject
    @ConfigProperty(name = "opentvs.biometric.face-api.detector", defaultValue = "cascade")
    String detector;

    /** Completed by the loader thread; requests that need the engine before then wait for it. */
    private final CompletableFuture<FaceApiModels> models = new CompletableFuture<>();

    void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (modelsDirectory.isPresent() && detector() == null) {
            LOG.severe(() -> ALGORITHM + " not installed: opentvs.biometric.face-api.detector must be cascade, ssd or tiny");
            return;
        }
        if (!installed()) {
            LOG.info(() -> ALGORITHM + " not installed: no face-api models at "
                    + modelsDirectory.orElse("(opentvs.biometric.face-api.models unset)"));
            return;
        }
        Path dir = Path.of(modelsDirectory.get());
        Detector d = detector();
        // off the deployment thread: start-up does not wait for the sessions, readiness does
        Thread loader = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                models.complete(FaceApiModels.load(dir, threads, d));
                LOG.info(() -> ALGORITHM + " " + version() + " loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                models.completeExceptionally(e);
                LOG.log(Level.SEVERE, ALGORITHM + " models could not be loaded; the engine stays not ready", e);
            }
        }, "face-api-start");
        loader.setDaemon(true);
        loader.start();
    }

    @PreDestroy
    void close() {
        if (loaded()) {
            try {
                models.join().close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing face-api sessions", e);
            }
        }
    }

    /** The configured detector; null when the setting names none. */
    Detector detector() {
        try {
            return Detector.valueOf(detector.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public boolean installed() {
        Detector d = detector();
        return d != null && modelsDirectory.isPresent() && FaceApiModels.present(Path.of(modelsDirectory.get()), d);
    }

    @Override
    public boolean loaded() {
        return models.isDone() && !models.isCompletedExceptionally();
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public String version() {
        Detector d = detector();
        return PACKAGE_VERSION + "-" + (d == null ? "none" : d.tag());
    }

    @Override
    public Comparison comparison() {
        return Comparison.DISTANCE;
    }

    @Override
    public double threshold() {
        return distanceThreshold;
    }

    @Override
    public boolean detectsFaces() {
        return true;
    }

    @Override
    public List<DetectedFace> detect(BufferedImage rgb) {
        return sorted(loadedModels().faces(Raster.of(rgb), detectorScore));
    }

    /** With the cascade: SSD MobileNetV1 alone, which finds every occupant of a car or member of a group. */
    @Override
    public List<DetectedFace> detectAll(BufferedImage rgb) {
        return sorted(loadedModels().allFaces(Raster.of(rgb), detectorScore));
    }

    private static List<DetectedFace> sorted(List<FaceApiFace> faces) {
        return faces.stream().sorted(Comparator.comparingDouble((FaceApiFace f) -> f.box().area()).reversed())
                .map(FaceApiEngine::detected).toList();
    }

    private FaceApiModels loadedModels() {
        FaceApiModels m;
        try {
            m = models.get(LOAD_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ALGORITHM + " interrupted while waiting for its models", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(ALGORITHM + " is not loaded", e);
        }
        return m;
    }

    static DetectedFace detected(FaceApiFace f) {
        float[] landmarks = new float[f.landmarks().length];
        for (int i = 0; i < landmarks.length; i++) {
            landmarks[i] = (float) f.landmarks()[i];
        }
        return new DetectedFace(f.box().x(), f.box().y(), f.box().width(), f.box().height(), f.box().score(), landmarks,
                f.quality(), CosineTemplate.of(f.descriptor()).vector());
    }
}
