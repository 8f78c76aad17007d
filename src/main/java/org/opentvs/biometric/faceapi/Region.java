package org.opentvs.biometric.faceapi;

/** An integer pixel rectangle inside an image, as face-api slices it out. */
public record Region(int x, int y, int width, int height) {

    /**
     * face-api's {@code Box.clipAtImageBorders}: the box cut to the image, every field rounded
     * down; empty (width or height ≤ 0) when the box lies outside.
     */
    public static Region clipped(double x, double y, double width, double height, int imageWidth, int imageHeight) {
        double cx = Math.max(x, 0);
        double cy = Math.max(y, 0);
        double w = Math.min(x + width - cx, imageWidth - cx);
        double h = Math.min(y + height - cy, imageHeight - cy);
        return new Region((int) Math.floor(cx), (int) Math.floor(cy), (int) Math.floor(w), (int) Math.floor(h));
    }

    public boolean isEmpty() {
        return width <= 0 || height <= 0;
    }
}
