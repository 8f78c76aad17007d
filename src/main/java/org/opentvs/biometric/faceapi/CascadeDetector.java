package org.opentvs.biometric.faceapi;

import java.util.List;

/**
 * Detectors tried in turn, cheapest first. An earlier stage answers only when it finds exactly one
 * face; none (it may miss faces of a size it does not suit) or several (a group: a cheap stage may see
 * only some of them) pass the image to the next stage, and the last stage answers whatever it finds.
 * Every image's faces are therefore exactly what one upstream detector configuration finds on it (so
 * parity holds per stage). The cost is the first stage's for most one-face captures and the sum of
 * all stages for an image without a face or with several.
 */
final class CascadeDetector implements FaceDetector {

    /** The tiny detector's input for faces that fill much of the frame (face-api's inputSize 160). */
    static final int CLOSE_UP_SIZE = 160;

    private final List<FaceDetector> stages;

    CascadeDetector(List<FaceDetector> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a cascade needs at least one detector");
        }
        this.stages = List.copyOf(stages);
    }

    @Override
    public List<FaceBox> detect(Raster image, double scoreThreshold) {
        for (FaceDetector stage : stages.subList(0, stages.size() - 1)) {
            List<FaceBox> faces = stage.detect(image, scoreThreshold);
            if (faces.size() == 1) {
                return faces;
            }
        }
        return stages.get(stages.size() - 1).detect(image, scoreThreshold);
    }

    /**
     * The last (most thorough) stage only: a cheap stage may see one face of a car's occupants or of a
     * group and answer with it.
     */
    @Override
    public List<FaceBox> detectAll(Raster image, double scoreThreshold) {
        return stages.get(stages.size() - 1).detectAll(image, scoreThreshold);
    }
}
