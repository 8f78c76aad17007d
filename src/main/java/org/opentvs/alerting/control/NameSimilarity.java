package org.opentvs.alerting.control;

import org.opentvs.person.EditDistance;

/**
 * How alike two names are, from 0 to 1: Damerau–Levenshtein similarity of the family names and of
 * the given names, each on the plain form and on the transliteration form (equal transliterations
 * count 0.95, near ones 0.9 of their similarity; the better of plain and transliteration counts),
 * weighted 0.6 / 0.4; family and given names are also tried swapped. A name without given names scores
 * at most 0.85: below the default threshold, so a family name alone never is a hit.
 */
public final class NameSimilarity {

    static final double FAMILY_WEIGHT = 0.6;
    /** Names that differ only as transliterations do (equal transliteration forms). */
    static final double TRANSLIT_EQUAL = 0.95;
    /** Near transliteration forms count less than near spellings: the forms merge many letters. */
    static final double TRANSLIT_WEIGHT = 0.9;
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
        double plain = EditDistance.similarity(plainA, plainB);
        double translit = translitA.equals(translitB) ? TRANSLIT_EQUAL : TRANSLIT_WEIGHT * EditDistance.similarity(translitA, translitB);
        return Math.max(plain, translit);
    }
}
