package org.opentvs.biometric.faceapi;

import java.util.List;

/** One of face-api's two face detectors: boxes in image pixels, best score first. */
interface FaceDetector {

    List<FaceBox> detect(Raster image, double scoreThreshold);

    /** Every face this detector can find, at whatever cost: for images of several people. */
    default List<FaceBox> detectAll(Raster image, double scoreThreshold) {
        return detect(image, scoreThreshold);
    }
}
