package org.opentvs.biometric.faceapi;

/** Which of face-api's detectors finds the faces; part of the engine version (templates depend on the crop it yields). */
public enum Detector {
    /** SSD MobileNetV1 at 512 px: more accurate, the default. */
    SSD("ssd_mobilenetv1.onnx", "ssd512"),
    /** TinyFaceDetector at 416 px: ~20 times fewer operations, misses more faces. */
    TINY("tiny_face_detector.onnx", "tiny416");

    final String file;
    final String tag;

    Detector(String file, String tag) {
        this.file = file;
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
