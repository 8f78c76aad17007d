package org.opentvs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentvs.biometric.control.DetectedFace;

class FaceVariantsTest {

    /** A dark 200x150 image with a bright 9x9 square centred on (60.5, 40.5). */
    private static BufferedImage blob() {
        BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 20, 20));
        g.fillRect(0, 0, 200, 150);
        g.setColor(Color.WHITE);
        g.fillRect(56, 36, 9, 9);
        g.dispose();
        return img;
    }

    /** Brightness-weighted centroid (pixel centres at +0.5) of the pixels brighter than 128. */
    private static double[] centroid(BufferedImage img) {
        double sx = 0;
        double sy = 0;
        double sw = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = img.getRGB(x, y) & 0xff;
                if (v > 128) {
                    sx += (x + 0.5) * v;
                    sy += (y + 0.5) * v;
                    sw += v;
                }
            }
        }
        return new double[]{sx / sw, sy / sw};
    }

    @Test
    void eachRenderingKnowsWhereTheFaceWent() {
        BufferedImage src = blob();
        List<FaceVariants.Variant> variants = FaceVariants.of(src, 60.5, 40.5);
        assertEquals(8, variants.size());
        assertSame(src, variants.get(0).image());
        assertEquals(8, new HashSet<>(variants.stream().map(FaceVariants.Variant::name).toList()).size());
        for (FaceVariants.Variant v : variants) {
            double[] c = centroid(v.image());
            assertEquals(v.centreX(), c[0], 1.0, v.name() + " x");
            assertEquals(v.centreY(), c[1], 1.0, v.name() + " y");
        }
        FaceVariants.Variant mirror = variants.get(1);
        assertEquals(139.5, mirror.centreX(), 1e-9);
        FaceVariants.Variant resized = variants.get(4);
        assertEquals(120, resized.image().getWidth());
        assertEquals(90, resized.image().getHeight());
        assertEquals(0.6, resized.scale(), 1e-12);
        FaceVariants.Variant rotated = variants.get(2);
        assertNotEquals(60.5, rotated.centreX(), 0.5);
        assertEquals(200, rotated.image().getWidth());
    }

    @Test
    void brightnessShiftsAndClamps() {
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xfa0a80);
        img.setRGB(1, 0, 0x000000);
        BufferedImage up = FaceVariants.brightness(img, 40);
        BufferedImage down = FaceVariants.brightness(img, -40);
        assertEquals(0xff32a8, up.getRGB(0, 0) & 0xffffff);
        assertEquals(0x282828, up.getRGB(1, 0) & 0xffffff);
        assertEquals(0xd20058, down.getRGB(0, 0) & 0xffffff);
        assertEquals(0x000000, down.getRGB(1, 0) & 0xffffff);
    }

    @Test
    void jpegRecompressionKeepsTheSizeAndLosesDetail() {
        BufferedImage src = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                src.setRGB(x, y, ((x * 37 + y * 11) % 256) << 16 | ((x * y) % 256) << 8 | (x ^ y) * 4 % 256);
            }
        }
        BufferedImage q35 = FaceVariants.jpeg(src, 0.35f);
        assertEquals(64, q35.getWidth());
        assertEquals(48, q35.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, q35.getType());
        long error = 0;
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                error += Math.abs((src.getRGB(x, y) & 0xff) - (q35.getRGB(x, y) & 0xff));
            }
        }
        assertTrue(error > 0, "quality 35 must lose something");
    }

    @Test
    void cropIsClampedToTheImage() {
        BufferedImage c = FaceVariants.crop(blob(), 150, 100, 100, 100);
        assertEquals(50, c.getWidth());
        assertEquals(50, c.getHeight());
        BufferedImage inside = FaceVariants.crop(blob(), 50, 30, 20, 20);
        double[] centre = centroid(inside);
        assertEquals(10.5, centre[0], 1e-9);
        assertEquals(10.5, centre[1], 1e-9);
    }

    @Test
    void nearestFaceWithinTheRadiusOnly() {
        DetectedFace left = new DetectedFace(0, 0, 100, 100, 0.9, new float[0], null, new float[]{1, 0});
        DetectedFace right = new DetectedFace(300, 0, 100, 100, 0.9, new float[0], null, new float[]{0, 1});
        assertSame(left, FaceCalibration.nearest(List.of(right, left), 60, 40, 50).orElseThrow());
        assertSame(right, FaceCalibration.nearest(List.of(left, right), 330, 60, 50).orElseThrow());
        assertEquals(Optional.empty(), FaceCalibration.nearest(List.of(left, right), 200, 50, 50));
    }

    @Test
    void scoresAreEuclideanOrDot() {
        float[] a = {0.6f, 0.8f};
        float[] b = {1, 0};
        assertEquals(Math.sqrt(0.16 + 0.64), FaceCalibration.score(a, b, true), 1e-6);
        assertEquals(0.6, FaceCalibration.score(a, b, false), 1e-6);
    }
}
