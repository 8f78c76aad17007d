package org.opentvs.verification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.biometric.control.FaceEngines;
import org.opentvs.gallery.control.SearchHit;
import org.opentvs.gallery.entity.GalleryMember;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Instruction;
import org.opentvs.verification.entity.Outcome;

/**
 * Turns a search result into a decision and an instruction: a score at or above the algorithm's
 * threshold is a MATCH (proceed); below it a NO_MATCH asks for a recapture until the attempts run
 * out, then sends the traveler to an officer; a capture under the minimum quality is CAPTURE_FAILED.
 */
@ApplicationScoped
public class MatchPolicy {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "opentvs.match.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "opentvs.capture.min-quality", defaultValue = "0")
    float minimumQuality;

    @Inject
    FaceEngines engines;

    /** How long a threshold read from configuration is used before it is read again. */
    static final long THRESHOLD_REFRESH_NANOS = 10_000_000_000L;

    long refreshNanos = THRESHOLD_REFRESH_NANOS;

    private final Map<String, Threshold> thresholds = new ConcurrentHashMap<>();

    /**
     * The minimum similarity for a match: {@code opentvs.match.threshold.<algorithm>} when set, else
     * the engine's calibrated threshold (as a cosine of unit templates), else 0.5. Read from
     * configuration at most every 10 seconds per algorithm (a lookup costs more than the gallery
     * search it decides on); a changed threshold applies within that time, without a restart.
     * <p>
     * One call reads it again when it is due, the others go on with the value they have: a lookup
     * can wait. Payara's configuration includes a source kept in the data grid, and when a member
     * dies its partitions wait until the others notice; every verification of the surviving node
     * then queued behind the one lookup's lock for 0.8 s, and the capacity gate refused a hundred.
     */
    public float threshold(String algorithm) {
        long now = System.nanoTime();
        Threshold known = thresholds.get(algorithm);
        if (known != null && (now - known.readAt() < refreshNanos || known.reading()
                || !thresholds.replace(algorithm, known, new Threshold(known.value(), known.readAt(), true)))) {
            return known.value();
        }
        float value;
        try {
            value = read(algorithm);
        } catch (RuntimeException e) {
            if (known == null) {
                throw e;
            }
            thresholds.put(algorithm, new Threshold(known.value(), now, false));
            return known.value();
        }
        thresholds.put(algorithm, new Threshold(value, System.nanoTime(), false));
        return value;
    }

    /** The threshold as configuration has it now. */
    float read(String algorithm) {
        return config.getOptionalValue("opentvs.match.threshold." + algorithm, Float.class)
                .orElseGet(() -> engines.byAlgorithm(algorithm).map(e -> (float) e.similarityThreshold()).orElse(0.5f));
    }

    /** A threshold, when it was read, and whether a call is reading it again. */
    private record Threshold(float value, long readAt, boolean reading) {
    }

    public boolean usable(Float quality) {
        return quality == null || quality >= minimumQuality;
    }

    public Outcome decide(String algorithm, SearchHit<GalleryMember> best, int attempt) {
        float threshold = threshold(algorithm);
        if (best != null && best.score() >= threshold) {
            GalleryMember m = best.member();
            return new Outcome(Decision.MATCH, Instruction.PROCEED, best.score(), threshold, algorithm, m.travelerId(), m.reference(),
                    m.usCitizen(), m.inScope());
        }
        Float score = best == null ? null : best.score();
        return new Outcome(Decision.NO_MATCH, instructionAfterFailure(attempt), score, threshold, algorithm, null, null, false, false);
    }

    public Outcome captureFailed(String algorithm, int attempt) {
        return new Outcome(Decision.CAPTURE_FAILED, instructionAfterFailure(attempt), null, threshold(algorithm), algorithm,
                null, null, false, false);
    }

    Instruction instructionAfterFailure(int attempt) {
        return attempt < maxAttempts ? Instruction.RECAPTURE : Instruction.SEE_OFFICER;
    }
}
