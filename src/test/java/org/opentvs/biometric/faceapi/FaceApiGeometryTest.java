package org.opentvs.biometric.faceapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.biometric.entity.QualityMeasures;

/** face-api's geometry, reproduced without the networks: clipping, square inputs, NMS, dlib alignment, pose. */
class FaceApiGeometryTest {

    @Test
    void boxesAreClippedToTheImageAndRoundedDown() {
        assertEquals(new Region(0, 3, 7, 5), Region.clipped(-2.5, 3.9, 9.9, 5.2, 100, 100));
        assertEquals(new Region(95, 0, 4, 2), Region.clipped(95.2, -1, 20, 3.5, 100, 100)); // x and width rounded down separately, as face-api does
        assertTrue(Region.clipped(120, 10, 5, 5, 100, 100).isEmpty());
    }

    @Test
    void aSquareInputPadsTheShortSideWithZerosCentredOrAtTheEnd() {
        int[] px = new int[4 * 2];
        java.util.Arrays.fill(px, 0xFFFFFF);
        Raster wide = new Raster(4, 2, px);
        float[] centred = SquareInput.tensor(wide, new Region(0, 0, 4, 2), 4, true);
        float[] atEnd = SquareInput.tensor(wide, new Region(0, 0, 4, 2), 4, false);
        // 4×2 padded to 4×4: centred puts one zero row above and below, at-end two rows below
        assertEquals(0f, centred[0]);
        assertEquals(255f, centred[4]);
        assertEquals(255f, centred[8]);
        assertEquals(0f, centred[12]);
        assertEquals(255f, atEnd[0]);
        assertEquals(255f, atEnd[4]);
        assertEquals(0f, atEnd[8]);
    }

    @Test
    void bilinearResizeSamplesWithoutCornerAlignment() {
        Raster ramp = new Raster(4, 1, new int[]{0, 0x404040, 0x808080, 0xC0C0C0});
        float[] out = SquareInput.tensor(ramp, new Region(0, 0, 4, 1), 2, false);
        // padded to 4×4, halved: source columns 0 and 2 (ratio 2, no half-pixel centres)
        assertEquals(0f, out[0]);
        assertEquals(128f, out[1]);
        assertEquals(0f, out[2]);
    }

    @Test
    void nonMaxSuppressionKeepsTheBestOfOverlappingBoxes() {
        FaceBox a = new FaceBox(0, 0, 10, 10, 0.9);
        FaceBox b = new FaceBox(1, 1, 10, 10, 0.8);
        FaceBox c = new FaceBox(50, 50, 10, 10, 0.7);
        assertEquals(List.of(a, c), NonMaxSuppression.apply(List.of(c, b, a), 0.4));
    }

    @Test
    void dlibAlignmentCentresOnEyesAndMouth() {
        double[] lm = frontalFace(100, 100, 40);
        Region box = DlibAlignment.box(lm, 200, 200, 400, 400);
        // eyes at y=100, mouth at y=140: eye-to-mouth ≈ 44.7, side floor(44.7 / 0.45) = 99
        assertEquals(99, box.width());
        assertEquals(99, box.height());
        assertEquals((int) Math.floor(120 - 0.5 * 99), box.x());
        assertEquals((int) Math.floor(113.333 - 0.43 * 99), box.y());
    }

    @Test
    void aFrontalFaceHasNoPoseAndARolledOneItsAngle() {
        float[] flat = new float[3 * 150 * 150];
        QualityMeasures q = LandmarkQuality.of(frontalFace(100, 100, 40), flat, 150);
        assertEquals(40, q.interEyeDistance(), 1e-9);
        assertEquals(0, q.rollDegrees(), 1e-9);
        assertEquals(0, q.yawDegrees(), 1e-9);
        assertEquals(0, q.pitchDegrees(), 1.0);
        assertEquals(0, q.sharpness(), 1e-9);
        QualityMeasures rolled = LandmarkQuality.of(rotate(frontalFace(100, 100, 40), 120, 120, 20), flat, 150);
        assertEquals(20, rolled.rollDegrees(), 1e-6);
        assertEquals(0, rolled.yawDegrees(), 1e-6);
        double[] turned = frontalFace(100, 100, 40);
        turned[60] += 20; // nose tip half-way towards the right jaw: asin(-0.5)
        assertEquals(-30, LandmarkQuality.of(turned, flat, 150).yawDegrees(), 1e-6);
    }

    /** Eye centres at (x, y) and (x + d, y), mouth centre d below their middle, nose tip at the frontal ratio, jaw ends at ±d. */
    static double[] frontalFace(double x, double y, double d) {
        double[] lm = new double[136];
        double mid = x + d / 2;
        for (int i = 0; i < 68; i++) {
            lm[2 * i] = mid;
            lm[2 * i + 1] = y + d;
        }
        for (int i = 36; i < 42; i++) {
            lm[2 * i] = x;
            lm[2 * i + 1] = y;
        }
        for (int i = 42; i < 48; i++) {
            lm[2 * i] = x + d;
            lm[2 * i + 1] = y;
        }
        lm[0] = mid - d;
        lm[1] = y;
        lm[32] = mid + d;
        lm[33] = y;
        lm[60] = mid;
        lm[61] = y + LandmarkQuality.FRONTAL_NOSE_RATIO * d;
        return lm;
    }

    static double[] rotate(double[] lm, double cx, double cy, double degrees) {
        double a = Math.toRadians(degrees);
        double[] out = new double[lm.length];
        for (int i = 0; i < lm.length; i += 2) {
            double dx = lm[i] - cx;
            double dy = lm[i + 1] - cy;
            out[i] = cx + dx * Math.cos(a) - dy * Math.sin(a);
            out[i + 1] = cy + dx * Math.sin(a) + dy * Math.cos(a);
        }
        return out;
    }
}
