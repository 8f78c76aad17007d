package org.opentvs.biometric.faceapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our pipeline against the upstream JavaScript one (vectors in {@code faceapi/parity-imageio.json},
 * made by {@code server-config/face-models/parity-reference.cjs} from the same decoded pixels): the
 * same faces, boxes, scores, landmarks and dlib-aligned boxes, and descriptors within 1e-4
 * (euclidean). Skips when the models or the package's photos are not installed.
 */
class FaceApiParityTest {

    static final double MAX_DESCRIPTOR_DISTANCE = 1e-4;

    static Path dir;
    static Path packageRoot;

    @BeforeAll
    static void installed() {
        dir = Path.of(System.getProperty("opentvs.biometric.face-api.models", "target/no-face-models"));
        packageRoot = Path.of(System.getProperty("face.package", "target/no-face-package"));
        assumeTrue(FaceApiModels.present(dir, Detector.SSD) && FaceApiModels.present(dir, Detector.TINY),
                "face-api models not installed (server-config/ensure-face-models.sh)");
        assumeTrue(Files.isRegularFile(packageRoot.resolve(ParityImages.SAMPLES.get(0))), "face-api demo photos not installed");
    }

    static JsonObject reference(String resource) throws Exception {
        try (InputStream in = FaceApiParityTest.class.getResourceAsStream(resource); JsonReader r = Json.createReader(in)) {
            return r.readObject();
        }
    }

    @Test
    void withSsdMobileNetV1DescriptorsLandmarksAndBoxesEqualTheUpstreamPipelineOnTheSamePixels() throws Exception {
        assertParity(Detector.SSD, "ssdFaces", "ssd", 22);
    }

    @Test
    void withTheTinyDetectorDescriptorsLandmarksAndBoxesEqualTheUpstreamPipelineOnTheSamePixels() throws Exception {
        assertParity(Detector.TINY, "faces", "tiny", 20);
    }

    private static void assertParity(Detector detector, String facesKey, String boxKey, int expectedFaces) throws Exception {
        try (FaceApiModels models = FaceApiModels.load(dir, 1, detector)) {
            assertParity(models, facesKey, boxKey, expectedFaces);
        }
    }

    private static void assertParity(FaceApiModels models, String facesKey, String boxKey, int expectedFaces) throws Exception {
        JsonObject ref = reference("/faceapi/parity-imageio.json");
        double worstDescriptor = 0;
        double worstLandmark = 0;
        int faces = 0;
        for (JsonObject image : ref.getJsonArray("images").getValuesAs(JsonObject.class)) {
            String file = image.getString("file");
            Raster raster = Raster.of(ParityImages.decode(packageRoot.resolve(file)));
            assertEquals(image.getString("pixelsSha256"), ParityImages.pixelsSha256(raster),
                    file + " decodes to other pixels than the reference was made from: regenerate it (README)");
            List<FaceApiFace> ours = models.faces(raster, 0.5);
            JsonArray theirs = image.getJsonArray(facesKey);
            assertEquals(theirs.size(), ours.size(), file + ": faces found");
            for (int i = 0; i < theirs.size(); i++) {
                JsonObject js = theirs.getJsonObject(i);
                FaceApiFace java = ours.get(i);
                String where = file + " face " + i;
                JsonObject detected = js.getJsonObject(boxKey);
                assertBox(detected.getJsonObject("box"), java.box().x(), java.box().y(), java.box().width(), java.box().height(),
                        0.01, where + " detector box");
                assertEquals(detected.getJsonNumber("score").doubleValue(), java.box().score(), 1e-4, where + " detector score");
                worstLandmark = Math.max(worstLandmark, maxLandmarkDistance(js.getJsonArray("landmarks"), java.landmarks()));
                Region a = java.aligned();
                assertBox(js.getJsonObject("alignedBox"), a.x(), a.y(), a.width(), a.height(), 0, where + " aligned box");
                double d = distance(js.getJsonArray("descriptor"), java.descriptor());
                assertTrue(d <= MAX_DESCRIPTOR_DISTANCE, where + ": descriptor distance " + d);
                worstDescriptor = Math.max(worstDescriptor, d);
                faces++;
            }
        }
        assertEquals(expectedFaces, faces, "faces compared");
        assertTrue(worstLandmark <= 0.01, "landmarks differ by up to " + worstLandmark + " px");
        System.out.printf("face-api parity (%s): %d faces, max descriptor distance %.3g, max landmark distance %.3g px%n", boxKey,
                faces, worstDescriptor, worstLandmark);
    }

    /**
     * Against {@code faceapi/reference.json} (made by server-config/face-reference from pixels decoded
     * by jpeg-js and pngjs): the PNG (astronaut.png, lossless, so the same pixels) must agree to 1e-4;
     * on the JPEGs our decoder (ImageIO) gives pixels a few levels apart, so the same faces are found
     * (IoU ≥ 0.9) with landmarks within {@value #JPEG_LANDMARK_PX} px and descriptors within
     * {@value #JPEG_DESCRIPTOR_DISTANCE}.
     */
    @Test
    void againstTheUpstreamReferenceVectors() throws Exception {
        JsonObject ref = reference("/faceapi/reference.json");
        for (Detector detector : List.of(Detector.SSD, Detector.TINY)) { // the reference has the upstream detectors, not the cascade
            String key = detector == Detector.SSD ? "ssdMobilenetv1" : "tinyFaceDetector";
            try (FaceApiModels models = FaceApiModels.load(dir, 1, detector)) {
                double worstPng = 0;
                double worstJpeg = 0;
                double worstJpegLandmark = 0;
                int pngFaces = 0;
                int jpegFaces = 0;
                for (JsonObject image : ref.getJsonArray("images").getValuesAs(JsonObject.class)) {
                    Path file = locate(image.getString("file"));
                    if (file == null) {
                        continue;
                    }
                    boolean png = image.getString("format").equals("png");
                    Raster raster = Raster.of(png ? ImageIO.read(file.toFile()) : ParityImages.decode(file));
                    if (png) {
                        assertEquals(image.getString("decodedRgbSha256"), ParityImages.pixelsSha256(raster), file + " pixels");
                    }
                    List<FaceApiFace> ours = models.faces(raster, 0.5);
                    for (JsonObject js : image.getJsonObject("detectors").getJsonArray(key).getValuesAs(JsonObject.class)) {
                        JsonObject b = js.getJsonObject("box");
                        FaceBox theirs = new FaceBox(b.getJsonNumber("x").doubleValue(), b.getJsonNumber("y").doubleValue(),
                                b.getJsonNumber("width").doubleValue(), b.getJsonNumber("height").doubleValue(), 0);
                        FaceApiFace java = ours.stream().max(Comparator.comparingDouble(f -> f.box().iou(theirs))).orElseThrow(
                                () -> new AssertionError(file + ": no face found"));
                        double d = distance(js.getJsonArray("descriptor"), java.descriptor());
                        double lm = maxLandmarkDistance(js.getJsonArray("landmarks"), java.landmarks());
                        if (png) {
                            assertTrue(d <= MAX_DESCRIPTOR_DISTANCE, file + " " + key + ": descriptor distance " + d);
                            assertTrue(lm <= 0.01, file + " " + key + ": landmarks " + lm);
                            worstPng = Math.max(worstPng, d);
                            pngFaces++;
                        } else {
                            assertTrue(java.box().iou(theirs) >= 0.9, file + " " + key + ": box IoU " + java.box().iou(theirs));
                            worstJpeg = Math.max(worstJpeg, d);
                            worstJpegLandmark = Math.max(worstJpegLandmark, lm);
                            jpegFaces++;
                        }
                    }
                }
                System.out.printf("face-api vs reference.json (%s): PNG %d faces max descriptor distance %.3g;"
                        + " JPEG (other decoder) %d faces max descriptor distance %.3g, landmarks %.3g px%n", key, pngFaces, worstPng,
                        jpegFaces, worstJpeg, worstJpegLandmark);
                assertTrue(jpegFaces >= 20, "JPEG faces compared: " + jpegFaces);
                assertTrue(worstJpeg <= JPEG_DESCRIPTOR_DISTANCE, "JPEG descriptor distance " + worstJpeg);
                assertTrue(worstJpegLandmark <= JPEG_LANDMARK_PX, "JPEG landmark distance " + worstJpegLandmark);
            }
        }
    }

    static final double JPEG_DESCRIPTOR_DISTANCE = 0.2;
    static final double JPEG_LANDMARK_PX = 15;

    /** The reference's image: under the npm package root, or Debian's astronaut.png installed or unpacked (astronaut.sh). */
    private static Path locate(String file) {
        if (!file.startsWith("/")) {
            return packageRoot.resolve(file);
        }
        Path installed = Path.of(file);
        if (Files.isRegularFile(installed)) {
            return installed;
        }
        Path unpacked = Path.of(System.getProperty("user.home"), ".cache/opentvs/debian/python3-skimage_0.19.3-8", file.substring(1));
        return Files.isRegularFile(unpacked) ? unpacked : null;
    }

    static void assertBox(JsonObject box, double x, double y, double w, double h, double tolerance, String what) {
        assertEquals(box.getJsonNumber("x").doubleValue(), x, tolerance, what + " x");
        assertEquals(box.getJsonNumber("y").doubleValue(), y, tolerance, what + " y");
        assertEquals(box.getJsonNumber("width").doubleValue(), w, tolerance, what + " width");
        assertEquals(box.getJsonNumber("height").doubleValue(), h, tolerance, what + " height");
    }

    static double maxLandmarkDistance(JsonArray points, double[] ours) {
        assertEquals(68, points.size());
        double max = 0;
        for (int k = 0; k < 68; k++) {
            JsonArray p = points.getJsonArray(k);
            max = Math.max(max, Math.hypot(ours[2 * k] - p.getJsonNumber(0).doubleValue(),
                    ours[2 * k + 1] - p.getJsonNumber(1).doubleValue()));
        }
        return max;
    }

    static double distance(JsonArray descriptor, float[] ours) {
        assertEquals(128, descriptor.size());
        assertEquals(128, ours.length);
        double sum = 0;
        for (int k = 0; k < 128; k++) {
            double d = ours[k] - descriptor.getJsonNumber(k).doubleValue();
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
