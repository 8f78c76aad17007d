package org.opentvs.biometric.faceapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * face-api's SSD MobileNetV1 face detector: the image padded at the end to a square and resized to
 * {@value #INPUT_SIZE}; 5118 anchor boxes decoded (centre offsets / 10, log sizes / 5), sigmoid
 * face scores, face-api's greedy NMS (IoU 0.5, at most {@value #MAX_RESULTS}), boxes clipped to
 * the padded input and scaled back to the image.
 */
final class SsdDetector implements FaceDetector {

    static final int INPUT_SIZE = 512;
    static final int MAX_RESULTS = 100;
    private static final double IOU_THRESHOLD = 0.5;

    private final Network net;

    SsdDetector(Network net) {
        this.net = net;
    }

    @Override
    public List<FaceBox> detect(Raster image, double minConfidence) {
        float[][] out = net.runAll(SquareInput.tensor(image, new Region(0, 0, image.width(), image.height()), INPUT_SIZE, false),
                INPUT_SIZE);
        float[] enc = out[0];
        float[] classes = out[1];
        float[] anchors = out[2];
        int n = anchors.length / 4;
        double[][] boxes = new double[n][];
        List<Integer> candidates = new ArrayList<>();
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = 1 / (1 + Math.exp(-classes[3 * i + 1]));
            if (scores[i] > minConfidence) {
                boxes[i] = decode(anchors, enc, i);
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        List<Integer> selected = new ArrayList<>();
        for (int c : candidates) {
            if (selected.size() >= Math.min(MAX_RESULTS, n)) {
                break;
            }
            boolean keep = true;
            for (int j = selected.size() - 1; j >= 0 && keep; j--) {
                keep = iou(boxes[c], boxes[selected.get(j)]) <= IOU_THRESHOLD;
            }
            if (keep) {
                selected.add(c);
            }
        }
        double scale = (double) INPUT_SIZE / Math.max(image.width(), image.height());
        double padX = INPUT_SIZE / (double) Math.round(image.width() * scale);
        double padY = INPUT_SIZE / (double) Math.round(image.height() * scale);
        List<FaceBox> faces = new ArrayList<>();
        for (int i : selected) {
            double[] b = boxes[i];
            double top = Math.max(0, b[0]) * padY;
            double bottom = Math.min(1, b[2]) * padY;
            double left = Math.max(0, b[1]) * padX;
            double right = Math.min(1, b[3]) * padX;
            faces.add(new FaceBox(left * image.width(), top * image.height(), (right - left) * image.width(),
                    (bottom - top) * image.height(), scores[i]));
        }
        return faces;
    }

    /** [top, left, bottom, right] relative to the padded input. */
    private static double[] decode(float[] anchors, float[] enc, int i) {
        double h = anchors[4 * i + 2] - anchors[4 * i];
        double w = anchors[4 * i + 3] - anchors[4 * i + 1];
        double cy = anchors[4 * i] + h / 2;
        double cx = anchors[4 * i + 1] + w / 2;
        double halfH = Math.exp(enc[4 * i + 2] / 5.0) * h / 2;
        double y = enc[4 * i] / 10.0 * h + cy;
        double halfW = Math.exp(enc[4 * i + 3] / 5.0) * w / 2;
        double x = enc[4 * i + 1] / 10.0 * w + cx;
        return new double[]{y - halfH, x - halfW, y + halfH, x + halfW};
    }

    /** face-api's SSD IoU: 0 for a degenerate box. */
    private static double iou(double[] a, double[] b) {
        double areaA = (Math.max(a[0], a[2]) - Math.min(a[0], a[2])) * (Math.max(a[1], a[3]) - Math.min(a[1], a[3]));
        double areaB = (Math.max(b[0], b[2]) - Math.min(b[0], b[2])) * (Math.max(b[1], b[3]) - Math.min(b[1], b[3]));
        if (areaA <= 0 || areaB <= 0) {
            return 0;
        }
        double ih = Math.max(Math.min(Math.max(a[0], a[2]), Math.max(b[0], b[2])) - Math.max(Math.min(a[0], a[2]), Math.min(b[0], b[2])),
                0);
        double iw = Math.max(Math.min(Math.max(a[1], a[3]), Math.max(b[1], b[3])) - Math.max(Math.min(a[1], a[3]), Math.min(b[1], b[3])),
                0);
        double inter = ih * iw;
        return inter / (areaA + areaB - inter);
    }
}
