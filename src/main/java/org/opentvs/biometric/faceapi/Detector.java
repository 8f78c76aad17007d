package org.opentvs.biometric.faceapi;

import java.util.List;

/**
 * Which of face-api's detectors finds the faces; part of the engine version (templates depend on the
 * crop it yields). Each configuration is one upstream detector with its options, or a cascade of them.
 */
public enum Detector {

    /** SSD MobileNetV1 at 512 px: finds close-up and small faces alike, about 100 ms of one core. */
    SSD("ssd512", List.of(Networks.SSD)),
    /** TinyFaceDetector at 416 px: ~20 times fewer operations, misses faces that fill much of the frame. */
    TINY("tiny416", List.of(Networks.TINY)),
    /**
     * The tiny detector at 160 px (faces that fill much of the frame, ~2 ms); unless it finds exactly one
     * face, at 416 px; unless that finds exactly one, SSD MobileNetV1 at 512 ({@link CascadeDetector}).
     */
    CASCADE("tiny160-416-ssd512", List.of(Networks.TINY, Networks.SSD));

    /** The converted network files. */
    static final class Networks {

        static final String SSD = "ssd_mobilenetv1.onnx";
        static final String TINY = "tiny_face_detector.onnx";

        private Networks() {
        }
    }

    final String tag;
    final List<String> files;

    Detector(String tag, List<String> files) {
        this.tag = tag;
        this.files = files;
    }

    public String tag() {
        return tag;
    }
}
