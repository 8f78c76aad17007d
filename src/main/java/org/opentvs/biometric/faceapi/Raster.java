package org.opentvs.biometric.faceapi;

import java.awt.image.BufferedImage;

/** An RGB image as packed pixels (0xRRGGBB), row by row: what the networks read. */
public record Raster(int width, int height, int[] rgb) {

    public Raster {
        if (width <= 0 || height <= 0 || rgb.length != width * height) {
            throw new IllegalArgumentException("raster of " + width + "×" + height + " with " + rgb.length + " pixels");
        }
    }

    public static Raster of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new Raster(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    /** Channel c (0 red, 1 green, 2 blue) of the pixel at (x, y). */
    public int channel(int x, int y, int c) {
        return (rgb[y * width + x] >> (16 - 8 * c)) & 0xFF;
    }
}
