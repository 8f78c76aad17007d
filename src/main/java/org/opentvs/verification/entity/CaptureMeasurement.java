package org.opentvs.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import org.opentvs.biometric.entity.CaptureFailure;
import org.opentvs.biometric.entity.QualityMeasures;

/**
 * What the face engine made of an image capture, in a verification's columns: the engine's
 * version, why the capture failed if it did, and its quality measures (inter-eye distance, pose,
 * sharpness, brightness). Embedded in {@link Verification}; all null for a template sent as is.
 */
@Embeddable
public class CaptureMeasurement {

    @Column(name = "algorithm_version")
    private String algorithmVersion;

    @Column(name = "capture_failure")
    private String captureFailure;

    @Column(name = "face_inter_eye")
    private Float faceInterEye;

    @Column(name = "face_yaw")
    private Float faceYaw;

    @Column(name = "face_pitch")
    private Float facePitch;

    @Column(name = "face_roll")
    private Float faceRoll;

    @Column(name = "face_sharpness")
    private Float faceSharpness;

    @Column(name = "face_brightness")
    private Float faceBrightness;

    /** The engine's version and quality measures of an image capture, and why it failed if it did. */
    void measured(String version, QualityMeasures q, CaptureFailure failure) {
        this.algorithmVersion = version;
        this.captureFailure = failure == null ? null : failure.name();
        if (q != null) {
            this.faceInterEye = (float) q.interEyeDistance();
            this.faceYaw = (float) q.yawDegrees();
            this.facePitch = (float) q.pitchDegrees();
            this.faceRoll = (float) q.rollDegrees();
            this.faceSharpness = (float) q.sharpness();
            this.faceBrightness = (float) q.brightness();
        }
    }

    /**
     * The {@code leading} values followed by these, which are the last columns of
     * {@link Verification#COLUMNS}, from {@code algorithm_version} on, in that order.
     */
    Object[] after(Object... leading) {
        Object[] own = {algorithmVersion, captureFailure, faceInterEye, faceYaw, facePitch, faceRoll, faceSharpness, faceBrightness};
        Object[] values = Arrays.copyOf(leading, leading.length + own.length);
        System.arraycopy(own, 0, values, leading.length, own.length);
        return values;
    }
}
