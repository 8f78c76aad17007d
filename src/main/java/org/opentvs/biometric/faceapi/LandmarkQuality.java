package org.opentvs.biometric.faceapi;

import org.opentvs.biometric.entity.QualityMeasures;

/**
 * Quality measures of one face from its 68 landmarks and its 150×150 aligned crop: inter-eye
 * distance (between the eye centres, image pixels); roll from the eye line; yaw from where the nose
 * tip sits between the jaw ends, pitch from where it sits between the eye line and the mouth (both
 * rough geometric estimates in degrees, 0 for a frontal face, measured in the roll-corrected frame);
 * sharpness as the variance of the 4-neighbour Laplacian of the crop's luma; mean luma 0–255.
 */
final class LandmarkQuality {

    /** Where the nose tip sits between eye line and mouth centre on a frontal face (median of the package's sample faces). */
    static final double FRONTAL_NOSE_RATIO = 0.62;

    private LandmarkQuality() {
    }

    static QualityMeasures of(double[] lm, float[] crop, int size) {
        double[] left = DlibAlignment.centre(lm, 36, 42);
        double[] right = DlibAlignment.centre(lm, 42, 48);
        double[] mouth = DlibAlignment.centre(lm, 48, 68);
        double roll = Math.atan2(right[1] - left[1], right[0] - left[0]);
        double cos = Math.cos(-roll);
        double sin = Math.sin(-roll);
        double[] nose = rotate(lm[60], lm[61], cos, sin);
        double[] jawLeft = rotate(lm[0], lm[1], cos, sin);
        double[] jawRight = rotate(lm[32], lm[33], cos, sin);
        double toLeft = nose[0] - jawLeft[0];
        double toRight = jawRight[0] - nose[0];
        double yaw = asinDegrees((toRight - toLeft) / Math.max(1e-9, toLeft + toRight));
        double eyeY = (rotate(left[0], left[1], cos, sin)[1] + rotate(right[0], right[1], cos, sin)[1]) / 2;
        double mouthY = rotate(mouth[0], mouth[1], cos, sin)[1];
        double ratio = (nose[1] - eyeY) / Math.max(1e-9, mouthY - eyeY);
        double pitch = asinDegrees((ratio - FRONTAL_NOSE_RATIO) / 0.5);
        double interEye = Math.hypot(right[0] - left[0], right[1] - left[1]);
        return new QualityMeasures(interEye, yaw, pitch, Math.toDegrees(roll), sharpness(crop, size), brightness(crop, size));
    }

    private static double[] rotate(double x, double y, double cos, double sin) {
        return new double[]{x * cos - y * sin, x * sin + y * cos};
    }

    private static double asinDegrees(double v) {
        return Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, v))));
    }

    private static double luma(float[] crop, int size, int x, int y) {
        int plane = size * size;
        int i = y * size + x;
        return 0.299 * crop[i] + 0.587 * crop[plane + i] + 0.114 * crop[2 * plane + i];
    }

    static double sharpness(float[] crop, int size) {
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int y = 1; y < size - 1; y++) {
            for (int x = 1; x < size - 1; x++) {
                double lap = luma(crop, size, x - 1, y) + luma(crop, size, x + 1, y) + luma(crop, size, x, y - 1)
                        + luma(crop, size, x, y + 1) - 4 * luma(crop, size, x, y);
                sum += lap;
                sumSq += lap * lap;
                n++;
            }
        }
        double mean = sum / n;
        return sumSq / n - mean * mean;
    }

    static double brightness(float[] crop, int size) {
        double sum = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                sum += luma(crop, size, x, y);
            }
        }
        return sum / (size * size);
    }
}
