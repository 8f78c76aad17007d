package org.opentvs.biometric.faceapi;

/**
 * face-api's FaceLandmark68Net on the detector's box: the box clipped and cut out, padded centred
 * to a square, resized to 112; the outputs undo the padding and are shifted by the detector's
 * unrounded box corner, as face-api does. Returns 68 (x, y) pairs in image pixels, or null when
 * the box lies outside the image.
 */
final class LandmarkNet {

    static final int INPUT_SIZE = 112;

    private final Network net;

    LandmarkNet(Network net) {
        this.net = net;
    }

    double[] landmarks(Raster image, FaceBox box) {
        Region crop = Region.clipped(box.x(), box.y(), box.width(), box.height(), image.width(), image.height());
        if (crop.isEmpty()) {
            return null;
        }
        float[] out = net.run(SquareInput.tensor(image, crop, INPUT_SIZE, true), INPUT_SIZE);
        double scale = (double) INPUT_SIZE / Math.max(crop.width(), crop.height());
        double w = crop.width() * scale;
        double h = crop.height() * scale;
        double padX = w < h ? Math.abs(w - h) / 2 : 0;
        double padY = h < w ? Math.abs(w - h) / 2 : 0;
        double[] points = new double[136];
        for (int i = 0; i < 68; i++) {
            double rx = (out[2 * i] * INPUT_SIZE - padX) / w;
            double ry = (out[2 * i + 1] * INPUT_SIZE - padY) / h;
            points[2 * i] = rx * crop.width() + box.x();
            points[2 * i + 1] = ry * crop.height() + box.y();
        }
        return points;
    }
}
