package org.opentvs.biometric.faceapi;

/**
 * face-api's {@code landmarks.align(null, {useDlibAlignment: true})}: a square around the centre
 * of the two eye centres and the mouth centre, its side the mean eye-to-mouth distance / 0.45,
 * placed at 0.5 / 0.43 of the side; the box the descriptor was trained on.
 */
final class DlibAlignment {

    private DlibAlignment() {
    }

    /** The aligned box for 68 landmarks found on a face crop of {@code cropWidth}×{@code cropHeight}, clipped to the image. */
    static Region box(double[] lm, int cropWidth, int cropHeight, int imageWidth, int imageHeight) {
        double[] left = centre(lm, 36, 42);
        double[] right = centre(lm, 42, 48);
        double[] mouth = centre(lm, 48, 68);
        double eyeToMouth = (Math.hypot(mouth[0] - left[0], mouth[1] - left[1])
                + Math.hypot(mouth[0] - right[0], mouth[1] - right[1])) / 2;
        double size = Math.floor(eyeToMouth / 0.45);
        double refX = (left[0] + right[0] + mouth[0]) / 3;
        double refY = (left[1] + right[1] + mouth[1]) / 3;
        double x = Math.floor(Math.max(0, refX - 0.5 * size));
        double y = Math.floor(Math.max(0, refY - 0.43 * size));
        return Region.clipped(x, y, Math.min(size, cropWidth + x), Math.min(size, cropHeight + y), imageWidth, imageHeight);
    }

    /** The mean of landmarks {@code from} (inclusive) to {@code to} (exclusive). */
    static double[] centre(double[] lm, int from, int to) {
        double x = 0;
        double y = 0;
        for (int i = from; i < to; i++) {
            x += lm[2 * i];
            y += lm[2 * i + 1];
        }
        return new double[]{x / (to - from), y / (to - from)};
    }
}
