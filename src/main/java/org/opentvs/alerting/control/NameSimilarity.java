package org.opentvs.alerting.control;

/**
 * How alike two names are, from 0 to 1: Damerau–Levenshtein similarity of the family names and of
 * the given names, each on the plain and on the transliteration form (the better counts), weighted
 * 0.6 / 0.4; family and given names are also tried swapped. A name without given names scores
 * at most 0.85: below the default threshold, so a family name alone never is a hit.
 */
public final class NameSimilarity {

    static final double FAMILY_WEIGHT = 0.6;
    static final double FAMILY_ONLY_CAP = 0.85;

    private NameSimilarity() {
    }

    public static double score(PersonName a, PersonName b) {
        if (a.empty() || b.empty()) {
            return 0;
        }
        double straight = combine(part(a.family(), a.familyTranslit(), b.family(), b.familyTranslit()),
                a.given(), b.given(), part(a.given(), a.givenTranslit(), b.given(), b.givenTranslit()));
        if (a.given().isEmpty() || b.given().isEmpty()) {
            return straight;
        }
        double swapped = combine(part(a.family(), a.familyTranslit(), b.given(), b.givenTranslit()),
                a.given(), b.family(), part(a.given(), a.givenTranslit(), b.family(), b.familyTranslit()));
        return Math.max(straight, swapped);
    }

    private static double combine(double family, String givenA, String givenB, double given) {
        if (givenA.isEmpty() || givenB.isEmpty()) {
            return FAMILY_ONLY_CAP * family;
        }
        return FAMILY_WEIGHT * family + (1 - FAMILY_WEIGHT) * given;
    }

    private static double part(String plainA, String translitA, String plainB, String translitB) {
        return Math.max(DamerauLevenshtein.similarity(plainA, plainB), DamerauLevenshtein.similarity(translitA, translitB));
    }
}
