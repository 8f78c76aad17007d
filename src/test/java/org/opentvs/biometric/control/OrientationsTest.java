package org.opentvs.biometric.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class OrientationsTest {

    /** A 3×2 image with a red top-left pixel; where that pixel ends up after each orientation. */
    @Test
    void movesTheStoredTopLeftCornerWhereExifSays() {
        int[][] expected = {{0, 0}, {0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 2}, {0, 2}};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage in = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
            in.setRGB(0, 0, 0xFF0000);
            BufferedImage out = Orientations.upright(in, orientation);
            int[] at = expected[orientation];
            assertEquals(0xFF0000, out.getRGB(at[0], at[1]) & 0xFFFFFF, "orientation " + orientation);
            assertEquals(orientation >= 5 ? 2 : 3, out.getWidth(), "width for orientation " + orientation);
        }
    }
}
