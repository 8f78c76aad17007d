package org.opentvs.reconciliation.control;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Decides, from the scored candidate departures of one arrival, whether to link, to queue for
 * review or to leave it: a link needs a confident, corroborated best candidate clearly ahead of the
 * next; anything close to the line goes to the discrepancy queue, never merged silently.
 */
public final class LinkDecision {

    public static final double ACCEPT = 0.88;
    public static final double REVIEW = 0.70;
    public static final double MARGIN = 0.06;

    public enum Outcome { LINK, REVIEW, NONE }

    public record Candidate(UUID departureId, double confidence, boolean corroborated) {
    }

    /** The outcome and the candidates it concerns (the one to link, or those to review). */
    public record Result(Outcome outcome, List<Candidate> candidates, String reason) {
    }

    private LinkDecision() {
    }

    public static Result decide(List<Candidate> scored) {
        List<Candidate> ranked = scored.stream().filter(c -> c.confidence() >= REVIEW)
                .sorted(Comparator.comparingDouble(Candidate::confidence).reversed().thenComparing(Candidate::departureId)).toList();
        if (ranked.isEmpty()) {
            return new Result(Outcome.NONE, List.of(), null);
        }
        Candidate best = ranked.get(0);
        boolean clear = ranked.size() == 1 || best.confidence() - ranked.get(1).confidence() >= MARGIN;
        if (best.confidence() >= ACCEPT && best.corroborated() && clear) {
            return new Result(Outcome.LINK, List.of(best), null);
        }
        String reason = !clear ? "AMBIGUOUS" : best.corroborated() ? "LOW_CONFIDENCE" : "UNCORROBORATED";
        return new Result(Outcome.REVIEW, ranked.subList(0, Math.min(3, ranked.size())), reason);
    }
}
