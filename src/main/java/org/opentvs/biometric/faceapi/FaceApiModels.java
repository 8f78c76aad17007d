package org.opentvs.biometric.faceapi;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The converted networks in a models directory (written by
 * {@code server-config/ensure-face-models.sh}), each loaded once into an ONNX Runtime session, and
 * the pipeline over them: detect, landmarks on each box, dlib alignment, descriptor, quality.
 * Thread-safe.
 */
public final class FaceApiModels implements AutoCloseable {

    public static final String LANDMARKS = "face_landmark_68.onnx";
    public static final String DESCRIPTOR = "face_recognition.onnx";

    private final List<Network> networks = new ArrayList<>();
    private final FaceDetector detector;
    private final LandmarkNet landmarks;
    private final DescriptorNet descriptors;

    private FaceApiModels(Path dir, int threads, Detector which) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        detector = detector(which, env, dir, threads);
        landmarks = new LandmarkNet(open(env, dir.resolve(LANDMARKS), threads));
        descriptors = new DescriptorNet(open(env, dir.resolve(DESCRIPTOR), threads));
    }

    /** Whether {@code dir} holds the networks needed with {@code detector}. */
    public static boolean present(Path dir, Detector detector) {
        return dir != null && detector.files.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)))
                && Files.isRegularFile(dir.resolve(LANDMARKS)) && Files.isRegularFile(dir.resolve(DESCRIPTOR));
    }

    /**
     * Loads the detector, landmark and descriptor networks with {@code threads} intra-op threads per
     * session run. The sessions are created on a thread of its own with a {@value #LOADER_STACK_MB} MB
     * stack: ONNX Runtime's graph optimisation overflows a default 1 MB Java thread stack (a native
     * crash, not an exception) on some threads.
     */
    public static FaceApiModels load(Path dir, int threads, Detector detector) {
        AtomicReference<Object> loaded = new AtomicReference<>();
        Thread loader = new Thread(null, () -> {
            try {
                loaded.set(new FaceApiModels(dir, threads, detector));
            } catch (OrtException | RuntimeException e) {
                loaded.set(e);
            }
        }, "face-api-loader", LOADER_STACK_MB << 20);
        loader.start();
        try {
            loader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading face-api models", e);
        }
        if (loaded.get() instanceof FaceApiModels models) {
            return models;
        }
        throw new IllegalStateException("face-api models in " + dir + " could not be loaded", (Throwable) loaded.get());
    }

    static final int LOADER_STACK_MB = 64;

    private FaceDetector detector(Detector which, OrtEnvironment env, Path dir, int threads) throws OrtException {
        return switch (which) {
            case SSD -> new SsdDetector(open(env, dir.resolve(Detector.Networks.SSD), threads));
            case TINY -> new TinyFaceDetector(open(env, dir.resolve(Detector.Networks.TINY), threads), TinyFaceDetector.INPUT_SIZE);
            case CASCADE -> {
                Network tiny = open(env, dir.resolve(Detector.Networks.TINY), threads);
                yield new CascadeDetector(List.of(new TinyFaceDetector(tiny, CascadeDetector.CLOSE_UP_SIZE),
                        new TinyFaceDetector(tiny, TinyFaceDetector.INPUT_SIZE),
                        new SsdDetector(open(env, dir.resolve(Detector.Networks.SSD), threads))));
            }
        };
    }

    private Network open(OrtEnvironment env, Path file, int threads) throws OrtException {
        Network n = new Network(env, file, threads);
        networks.add(n);
        return n;
    }

    /** Every face the detector finds above {@code scoreThreshold}, in the detector's order (best score first). */
    public List<FaceApiFace> faces(Raster image, double scoreThreshold) {
        return faces(image, detector.detect(image, scoreThreshold));
    }

    /** Every face the most thorough detector of the configuration finds (for images of several people). */
    public List<FaceApiFace> allFaces(Raster image, double scoreThreshold) {
        return faces(image, detector.detectAll(image, scoreThreshold));
    }

    private List<FaceApiFace> faces(Raster image, List<FaceBox> boxes) {
        List<FaceApiFace> faces = new ArrayList<>();
        for (FaceBox box : boxes) {
            double[] lm = landmarks.landmarks(image, box);
            if (lm == null) {
                continue;
            }
            Region crop = Region.clipped(box.x(), box.y(), box.width(), box.height(), image.width(), image.height());
            Region aligned = DlibAlignment.box(lm, crop.width(), crop.height(), image.width(), image.height());
            if (aligned.isEmpty()) {
                continue;
            }
            float[] input = DescriptorNet.input(image, aligned);
            faces.add(new FaceApiFace(box, lm, aligned, descriptors.descriptor(input),
                    LandmarkQuality.of(lm, input, DescriptorNet.INPUT_SIZE)));
        }
        return faces;
    }

    @Override
    public void close() throws OrtException {
        for (Network n : networks) {
            n.close();
        }
    }
}
