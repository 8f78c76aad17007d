package org.opentvs.biometric.faceapi;

/** A detector's face box in image pixels (not clipped, not rounded, as face-api reports it) and its score. */
public record FaceBox(double x, double y, double width, double height, double score) {

    double area() {
        return width * height;
    }

    double iou(FaceBox o) {
        double w = Math.max(0, Math.min(x + width, o.x + o.width) - Math.max(x, o.x));
        double h = Math.max(0, Math.min(y + height, o.y + o.height) - Math.max(y, o.y));
        double inter = w * h;
        return inter / (area() + o.area() - inter);
    }
}
