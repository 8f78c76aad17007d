package org.opentvs.reporting.entity;

import java.io.Serializable;
import java.util.List;

/**
 * ISO/IEC 19795 rates of a segment: failure to acquire (of capture transactions), false non-match
 * estimated from no-matches later confirmed by an officer (of genuine persons), and, where ground truth
 * exists, FPIR (of non-mated searches) and FNIR (of mated searches); {@code algorithms} lists the
 * algorithm and version of the captures behind the row (e.g. "face-api-dlib 1.7.15, cosine-v1 1").
 */
public record AccuracyRow(List<String> key, Proportion fta, Proportion fnmr, Proportion fpir, Proportion fnir, String algorithms)
        implements
            Serializable {

    public static AccuracyRow empty(List<String> key) {
        Proportion none = new Proportion(0, 0);
        return new AccuracyRow(key, none, none, none, none, null);
    }

    public String label() {
        return String.join(" · ", key.stream().filter(k -> k != null && !k.isEmpty()).toList());
    }

    public AccuracyRow withAlgorithms(String list) {
        return new AccuracyRow(key, fta, fnmr, fpir, fnir, list);
    }

    public AccuracyRow withFta(Proportion p) {
        return new AccuracyRow(key, p, fnmr, fpir, fnir, algorithms);
    }

    public AccuracyRow withFnmr(Proportion p) {
        return new AccuracyRow(key, fta, p, fpir, fnir, algorithms);
    }

    public AccuracyRow withGroundTruth(Proportion falsePositive, Proportion falseNegative) {
        return new AccuracyRow(key, fta, fnmr, falsePositive, falseNegative, algorithms);
    }
}
