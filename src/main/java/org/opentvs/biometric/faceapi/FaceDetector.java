package org.opentvs.biometric.faceapi;

import java.util.List;

/** One of face-api's two face detectors: boxes in image pixels, best score first. */
interface FaceDetector {

    List<FaceBox> detect(Raster image, double scoreThreshold);
}
