package org.opentvs.departure.entity;

/**
 * The 1:1 comparison of a selfie with a holding's reference faces: the engine's algorithm and
 * version (null without an engine), the best similarity (cosine of unit templates; null when nothing
 * was compared), the threshold it was held to, and whether any reference face of that engine exists.
 */
public record FaceResult(String algorithm, String version, Double score, double threshold, boolean compared) {

    public boolean matched() {
        return compared && score != null && score >= threshold;
    }
}
