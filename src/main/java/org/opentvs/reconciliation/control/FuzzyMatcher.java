package org.opentvs.reconciliation.control;

import java.util.Objects;
import org.opentvs.reconciliation.entity.Person;

/**
 * A confidence in [0, 1] that two biographic records are the same person: family and first given
 * name (canonical, Damerau–Levenshtein), birth date (typos allowed), document number (one edit
 * allowed) and nationality, weighted.
 */
public final class FuzzyMatcher {

    static final double W_FAMILY = 0.30;
    static final double W_GIVEN = 0.20;
    static final double W_DOB = 0.25;
    static final double W_DOCUMENT = 0.15;
    static final double W_NATIONALITY = 0.10;

    private FuzzyMatcher() {
    }

    public static double confidence(Person a, Person b) {
        double family = DamerauLevenshtein.similarity(NameNormalizer.canonical(a.familyName()), NameNormalizer.canonical(b.familyName()));
        double given = given(a.givenNames(), b.givenNames());
        double dob = DateOfBirthSimilarity.of(a.dateOfBirth(), b.dateOfBirth());
        double document = document(a, b);
        double nationality = a.nationality() == null || b.nationality() == null ? 0.5
                : a.nationality().equalsIgnoreCase(b.nationality()) ? 1.0 : 0.0;
        double score = W_FAMILY * family + W_GIVEN * given + W_DOB * dob + W_DOCUMENT * document + W_NATIONALITY * nationality;
        return Math.round(score * 10000) / 10000.0;
    }

    /** Whether the hard evidence (birth date or document) is strong enough to link without a person deciding. */
    public static boolean corroborated(Person a, Person b) {
        return DateOfBirthSimilarity.of(a.dateOfBirth(), b.dateOfBirth()) >= DateOfBirthSimilarity.TYPO || document(a, b) >= 0.8;
    }

    static double given(String a, String b) {
        String x = NameNormalizer.firstGiven(a);
        String y = NameNormalizer.firstGiven(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0.5;
        }
        return DamerauLevenshtein.similarity(x, y);
    }

    static double document(Person a, Person b) {
        String x = documentKey(a.documentNumber());
        String y = documentKey(b.documentNumber());
        if (x.isEmpty() || y.isEmpty()) {
            return 0.5;
        }
        if (x.equals(y)) {
            return Objects.equals(a.documentCountry(), b.documentCountry()) || a.documentCountry() == null || b.documentCountry() == null ? 1.0 : 0.9;
        }
        return DamerauLevenshtein.distance(x, y) == 1 ? 0.8 : 0.0;
    }

    private static String documentKey(String number) {
        return number == null ? "" : number.toUpperCase().replaceAll("[^A-Z0-9]", "").replace('O', '0');
    }
}
