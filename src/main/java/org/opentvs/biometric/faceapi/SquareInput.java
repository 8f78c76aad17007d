package org.opentvs.biometric.faceapi;

/**
 * A region of an image as a network input, exactly as face-api's {@code NetInput.toBatchTensor}
 * builds it: padded with zeros to a square ({@code padToSquare}: at the end, or centred with the
 * rounded half after the image), then resized to {@code size}×{@code size} by TensorFlow's
 * bilinear resize without corner alignment or half-pixel centres. Pixel values stay 0–255; the
 * networks subtract their means themselves. Output is NCHW.
 */
final class SquareInput {

    private SquareInput() {
    }

    static float[] tensor(Raster image, Region r, int size, boolean centred) {
        int side = Math.max(r.width(), r.height());
        int diff = Math.abs(r.width() - r.height());
        int before = centred ? diff - (int) Math.round(diff * 0.5) : 0;
        int offX = r.height() > r.width() ? before : 0;
        int offY = r.width() > r.height() ? before : 0;
        float[] out = new float[3 * size * size];
        double ratio = (double) side / size;
        int plane = size * size;
        for (int oy = 0; oy < size; oy++) {
            double sy = ratio * oy;
            int y0 = (int) Math.floor(sy);
            int y1 = Math.min(side - 1, (int) Math.ceil(sy));
            double fy = sy - y0;
            for (int ox = 0; ox < size; ox++) {
                double sx = ratio * ox;
                int x0 = (int) Math.floor(sx);
                int x1 = Math.min(side - 1, (int) Math.ceil(sx));
                double fx = sx - x0;
                for (int c = 0; c < 3; c++) {
                    double tl = at(image, r, x0 - offX, y0 - offY, c);
                    double tr = at(image, r, x1 - offX, y0 - offY, c);
                    double bl = at(image, r, x0 - offX, y1 - offY, c);
                    double br = at(image, r, x1 - offX, y1 - offY, c);
                    double top = tl + (tr - tl) * fx;
                    double bottom = bl + (br - bl) * fx;
                    out[c * plane + oy * size + ox] = (float) (top + (bottom - top) * fy);
                }
            }
        }
        return out;
    }

    private static int at(Raster image, Region r, int x, int y, int c) {
        if (x < 0 || y < 0 || x >= r.width() || y >= r.height()) {
            return 0;
        }
        return image.channel(r.x() + x, r.y() + y, c);
    }
}
