package org.opentvs.biometric.faceapi;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The three converted networks in a models directory (written by
 * {@code server-config/ensure-face-models.sh}), each loaded once into an ONNX Runtime session, and
 * the pipeline over them: detect, landmarks on each box, dlib alignment, descriptor, quality.
 * Thread-safe.
 */
public final class FaceApiModels implements AutoCloseable {

    public static final String DETECTOR = "tiny_face_detector.onnx";
    public static final String LANDMARKS = "face_landmark_68.onnx";
    public static final String DESCRIPTOR = "face_recognition.onnx";

    private final List<Network> networks = new ArrayList<>();
    private final TinyFaceDetector detector;
    private final LandmarkNet landmarks;
    private final DescriptorNet descriptors;

    private FaceApiModels(Path dir, int threads) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        detector = new TinyFaceDetector(open(env, dir.resolve(DETECTOR), threads));
        landmarks = new LandmarkNet(open(env, dir.resolve(LANDMARKS), threads));
        descriptors = new DescriptorNet(open(env, dir.resolve(DESCRIPTOR), threads));
    }

    /** Whether {@code dir} holds the three networks. */
    public static boolean present(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(DETECTOR)) && Files.isRegularFile(dir.resolve(LANDMARKS))
                && Files.isRegularFile(dir.resolve(DESCRIPTOR));
    }

    /** Loads the networks with {@code threads} intra-op threads per session run. */
    public static FaceApiModels load(Path dir, int threads) {
        try {
            return new FaceApiModels(dir, threads);
        } catch (OrtException e) {
            throw new IllegalStateException("face-api models in " + dir + " could not be loaded", e);
        }
    }

    private Network open(OrtEnvironment env, Path file, int threads) throws OrtException {
        Network n = new Network(env, file, threads);
        networks.add(n);
        return n;
    }

    /** Every face the detector finds above {@code scoreThreshold}, in the detector's order (best score first). */
    public List<FaceApiFace> faces(Raster image, double scoreThreshold) {
        List<FaceApiFace> faces = new ArrayList<>();
        for (FaceBox box : detector.detect(image, scoreThreshold)) {
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
