package org.opentvs.biometric.control;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A face algorithm behind the biometric context's SPI: it has an id and a version, says how its
 * templates compare and at which calibrated threshold, and (when it can see) turns an image into
 * zero or more detected faces, largest first. Implementations are CDI beans found by
 * {@link FaceEngines}; a template-only engine ({@link #detectsFaces()} false) accepts templates
 * computed elsewhere, e.g. by a vendor SDK on the device.
 */
public interface FaceEngine {

    /** The algorithm id templates are tagged with, e.g. {@code cosine-v1}. */
    String algorithm();

    /** The version of the algorithm; a probe is compared only with templates of the same algorithm and version. */
    String version();

    Comparison comparison();

    /**
     * The calibrated decision threshold in the engine's own measure: a minimum cosine for
     * {@link Comparison#COSINE}, a maximum euclidean distance between unit-length templates for
     * {@link Comparison#DISTANCE}.
     */
    double threshold();

    /** Whether {@link #detect} is supported. */
    boolean detectsFaces();

    /** The faces found in an upright RGB image, largest first; never null. */
    List<DetectedFace> detect(BufferedImage rgb);

    /**
     * Every face in an image of several people (a car's occupants), largest first: an engine whose
     * {@link #detect} takes shortcuts for one-person captures does not take them here.
     */
    default List<DetectedFace> detectAll(BufferedImage rgb) {
        return detect(rgb);
    }

    /**
     * Whether this deployment has the engine at all (e.g. its model files are configured and
     * present); an engine that is not installed is not listed by {@link FaceEngines}.
     */
    default boolean installed() {
        return true;
    }

    /** Whether loading has finished (models read, sessions created); readiness waits for it. */
    default boolean loaded() {
        return true;
    }

    /** The threshold as a minimum cosine similarity of unit templates (the galleries rank by dot product). */
    default double similarityThreshold() {
        return comparison() == Comparison.COSINE ? threshold() : 1 - threshold() * threshold() / 2;
    }
}
