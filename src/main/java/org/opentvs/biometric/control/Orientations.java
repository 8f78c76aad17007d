package org.opentvs.biometric.control;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/** Turns a stored image upright according to its EXIF orientation (1 = as stored, 2–8 mirror and/or rotate). */
final class Orientations {

    private Orientations() {
    }

    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // AffineTransform(m00, m10, m01, m11, m02, m12): stored (x, y) -> displayed (x', y')
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored left-right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // rotated 180
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored top-bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // needs 90 clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
            default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8: needs 90 counter-clockwise
        };
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, out);
        return out;
    }
}
