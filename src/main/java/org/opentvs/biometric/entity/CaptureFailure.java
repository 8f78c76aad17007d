package org.opentvs.biometric.entity;

/** Why an image capture could not be searched with; the device is told to recapture. */
public enum CaptureFailure {
    NO_FACE, MULTIPLE_FACES, FACE_TOO_SMALL, FACE_TURNED, FACE_BLURRED, LOW_DEVICE_QUALITY
}
