package org.opentvs.biometric.faceapi;

import java.util.ArrayList;
import java.util.List;

/**
 * face-api's TinyFaceDetector (a tiny-YOLOv2 with separable convolutions): the whole image padded
 * at the end to a square and resized to {@value #INPUT_SIZE}, 13×13 cells × 5 anchors decoded with
 * sigmoid offsets and exponential sizes, scores above the threshold kept, IoU-0.4 suppression.
 */
final class TinyFaceDetector implements FaceDetector {

    static final int INPUT_SIZE = 416;
    private static final int CELLS = 13;
    private static final double IOU_THRESHOLD = 0.4;
    private static final double[][] ANCHORS = {
        {1.603231, 2.094468}, {6.041143, 7.080126}, {2.882459, 3.518061}, {4.266906, 5.178857}, {9.041765, 10.66308}};

    private final Network net;

    TinyFaceDetector(Network net) {
        this.net = net;
    }

    @Override
    public List<FaceBox> detect(Raster image, double scoreThreshold) {
        float[] out = net.run(SquareInput.tensor(image, new Region(0, 0, image.width(), image.height()), INPUT_SIZE, false),
                INPUT_SIZE);
        double scale = (double) INPUT_SIZE / Math.max(image.width(), image.height());
        long reshapedW = Math.round(image.width() * scale);
        long reshapedH = Math.round(image.height() * scale);
        double side = Math.max(reshapedW, reshapedH);
        double fx = side / reshapedW;
        double fy = side / reshapedH;
        int plane = CELLS * CELLS;
        List<FaceBox> found = new ArrayList<>();
        for (int row = 0; row < CELLS; row++) {
            for (int col = 0; col < CELLS; col++) {
                for (int a = 0; a < ANCHORS.length; a++) {
                    int at = a * 5 * plane + row * CELLS + col;
                    double score = sigmoid(out[at + 4 * plane]);
                    if (score <= scoreThreshold) {
                        continue;
                    }
                    double cx = (col + sigmoid(out[at])) / CELLS * fx;
                    double cy = (row + sigmoid(out[at + plane])) / CELLS * fy;
                    double w = Math.exp(out[at + 2 * plane]) * ANCHORS[a][0] / CELLS * fx;
                    double h = Math.exp(out[at + 3 * plane]) * ANCHORS[a][1] / CELLS * fy;
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
