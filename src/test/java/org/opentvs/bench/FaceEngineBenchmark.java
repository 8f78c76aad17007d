package org.opentvs.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.biometric.control.FaceImages;
import org.opentvs.biometric.faceapi.Detector;
import org.opentvs.biometric.faceapi.FaceApiFace;
import org.opentvs.biometric.faceapi.FaceApiModels;
import org.opentvs.biometric.faceapi.Raster;
import org.opentvs.it.FacePhotos;

/**
 * Image bytes to template with the face-api engine, one ONNX Runtime thread, in this JVM (no server):
 * a 640×480 JPEG with one face (face-api's demo face, centred on a grey background) decoded with
 * limits, detected, landmarked, aligned and described, then unit-normalised. Prints p50/p95 per
 * detector, wall clock and CPU time of the calling thread (the latter holds on a busy machine). Args: models directory,
 * face-api package root, iterations (default 200), and optionally a directory of JPEGs to cycle through instead (the
 * JavaScript benchmark's 640×480 one-face crops, so both pipelines time the same bytes in one run).
 */
public final class FaceEngineBenchmark {

    /** With one intra-op thread ONNX Runtime computes on the calling thread, so its CPU time is the work done. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FaceEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path models = Path.of(args[0]);
        System.setProperty("face.package", args[1]);
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<byte[]> jpegs = args.length > 3 ? jpegs(Path.of(args[3])) : List.of(FacePhotos.jpeg(frame(), 0.9f));
        FaceImages images = FaceImages.withLimits(8 << 20, 25_000_000L, 8000);
        System.out.printf("%d 640x480 JPEG(s), %d iterations, 1 ORT thread, load average %.1f%n", jpegs.size(), iterations,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Detector detector : Detector.values()) {
            try (FaceApiModels engine = FaceApiModels.load(models, 1, detector)) {
                for (int i = 0; i < 20; i++) {
                    template(engine, images, jpegs.get(i % jpegs.size()));
                }
                double[] millis = new double[iterations];
                double[] cpu = new double[iterations];
                int missed = 0;
                for (int i = 0; i < iterations; i++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    missed += template(engine, images, jpegs.get(i % jpegs.size())) == null ? 1 : 0;
                    millis[i] = (System.nanoTime() - t0) / 1e6;
                    cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                }
                System.out.println(detector + " bytes -> template, wall (ms): " + Percentiles.of(millis) + "; no face in " + missed
                        + " of " + iterations);
                System.out.println(detector + " bytes -> template, CPU of the calling thread (ms): " + Percentiles.of(cpu));
            }
        }
    }

    private static float[] template(FaceApiModels engine, FaceImages images, byte[] jpeg) {
        List<FaceApiFace> faces = engine.faces(Raster.of(images.decode("jpeg", jpeg)), 0.5);
        if (faces.isEmpty()) {
            return null; // timed all the same: the JavaScript benchmark counts such frames too
        }
        return CosineTemplate.of(faces.get(0).descriptor()).vector();
    }

    private static List<byte[]> jpegs(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<byte[]> all = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList()) {
                all.add(Files.readAllBytes(file));
            }
            if (all.isEmpty()) {
                throw new IllegalArgumentException("no .jpg in " + directory);
            }
            return all;
        }
    }

    static BufferedImage frame() {
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setColor(new Color(128, 128, 128));
            g.fillRect(0, 0, 640, 480);
            g.drawImage(FacePhotos.scaled(FacePhotos.portrait(FacePhotos.SAMPLE6_A), 400, 400), 120, 40, null);
        } finally {
            g.dispose();
        }
        return frame;
    }
}
