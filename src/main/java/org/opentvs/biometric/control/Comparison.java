package org.opentvs.biometric.control;

/** How an engine compares two templates: higher cosine is closer, or lower euclidean distance is closer. */
public enum Comparison {
    COSINE, DISTANCE
}
