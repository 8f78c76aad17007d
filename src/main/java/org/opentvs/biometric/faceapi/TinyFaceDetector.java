package org.opentvs.biometric.faceapi;

import java.util.ArrayList;
import java.util.List;

/**
 * face-api's TinyFaceDetector (a tiny-YOLOv2 with separable convolutions): the whole image padded
 * at the end to a square and resized to the input size (face-api's {@code inputSize}, a multiple of
 * 32; {@value #INPUT_SIZE} by default), (size / 32)² cells × 5 anchors decoded with sigmoid offsets
 * and exponential sizes, scores above the threshold kept, IoU-0.4 suppression. A smaller input suits
 * faces that fill much of the frame (and costs less): at 416 those often score under the threshold.
 */
final class TinyFaceDetector implements FaceDetector {

    static final int INPUT_SIZE = 416;
    private static final int CELL_PIXELS = 32;
    private static final double IOU_THRESHOLD = 0.4;
    private static final double[][] ANCHORS = {
            {1.603231, 2.094468}, {6.041143, 7.080126}, {2.882459, 3.518061}, {4.266906, 5.178857}, {9.041765, 10.66308}};

    private final Network net;
    private final int inputSize;
    private final int cells;

    TinyFaceDetector(Network net, int inputSize) {
        if (inputSize <= 0 || inputSize % CELL_PIXELS != 0) {
            throw new IllegalArgumentException("tiny detector input size must be a positive multiple of 32: " + inputSize);
        }
        this.net = net;
        this.inputSize = inputSize;
        this.cells = inputSize / CELL_PIXELS;
    }

    @Override
    public List<FaceBox> detect(Raster image, double scoreThreshold) {
        float[] out = net.run(SquareInput.tensor(image, new Region(0, 0, image.width(), image.height()), inputSize, false),
                inputSize);
        double scale = (double) inputSize / Math.max(image.width(), image.height());
        long reshapedW = Math.round(image.width() * scale);
        long reshapedH = Math.round(image.height() * scale);
        double side = Math.max(reshapedW, reshapedH);
        double fx = side / reshapedW;
        double fy = side / reshapedH;
        int plane = cells * cells;
        List<FaceBox> found = new ArrayList<>();
        for (int row = 0; row < cells; row++) {
            for (int col = 0; col < cells; col++) {
                for (int a = 0; a < ANCHORS.length; a++) {
                    int at = a * 5 * plane + row * cells + col;
                    double score = sigmoid(out[at + 4 * plane]);
                    if (score <= scoreThreshold) {
                        continue;
                    }
                    double cx = (col + sigmoid(out[at])) / cells * fx;
                    double cy = (row + sigmoid(out[at + plane])) / cells * fy;
                    double w = Math.exp(out[at + 2 * plane]) * ANCHORS[a][0] / cells * fx;
                    double h = Math.exp(out[at + 3 * plane]) * ANCHORS[a][1] / cells * fy;
                    found.add(new FaceBox((cx - w / 2) * image.width(), (cy - h / 2) * image.height(), w * image.width(),
                            h * image.height(), score));
                }
            }
        }
        return NonMaxSuppression.apply(found, IOU_THRESHOLD);
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
