package org.opentvs.reconciliation.control;

import java.util.Objects;
import org.opentvs.person.EditDistance;
import org.opentvs.person.NameForms;
import org.opentvs.reconciliation.entity.Person;

/**
 * A confidence in [0, 1] that two biographic records are the same person: family and first given
 * name ({@link NameForms}: the better of plain and canonical, Damerau–Levenshtein), birth date (typos allowed), document number (one edit
 * allowed) and nationality, weighted; a field missing on either side is left out of the weighting.
 */
public final class FuzzyMatcher {

    static final double W_FAMILY = 0.30;
    static final double W_GIVEN = 0.20;
    static final double W_DOB = 0.25;
    static final double W_DOCUMENT = 0.15;
    static final double W_NATIONALITY = 0.10;

    private FuzzyMatcher() {
    }

    /** A person's fields as matching compares them, computed once (name forms, document number plain). */
    public record Prepared(NameForms family, NameForms given, java.time.LocalDate dateOfBirth, String nationality, String document,
            String documentCountry) {
    }

    public static Prepared prepare(Person p) {
        return new Prepared(NameForms.of(p.familyName()), NameForms.firstGiven(p.givenNames()), p.dateOfBirth(),
                p.nationality(), documentKey(p.documentNumber()), p.documentCountry());
    }

    public static double confidence(Person a, Person b) {
        return confidence(prepare(a), prepare(b));
    }

    public static double confidence(Prepared a, Prepared b) {
        double family = a.family().similarity(b.family());
        double score = W_FAMILY * family;
        double weight = W_FAMILY;
        double given = given(a.given(), b.given());
        if (given >= 0) {
            score += W_GIVEN * given;
            weight += W_GIVEN;
        }
        if (a.dateOfBirth() != null && b.dateOfBirth() != null) {
            score += W_DOB * DateOfBirthSimilarity.of(a.dateOfBirth(), b.dateOfBirth());
            weight += W_DOB;
        }
        double document = document(a, b);
        if (document >= 0) {
            score += W_DOCUMENT * document;
            weight += W_DOCUMENT;
        }
        if (a.nationality() != null && b.nationality() != null) {
            score += W_NATIONALITY * (a.nationality().equalsIgnoreCase(b.nationality()) ? 1.0 : 0.0);
            weight += W_NATIONALITY;
        }
        return Math.round(score / weight * 10000) / 10000.0;
    }

    /** Whether the hard evidence (birth date or document) is strong enough to link without a person deciding. */
    public static boolean corroborated(Person a, Person b) {
        return corroborated(prepare(a), prepare(b));
    }

    public static boolean corroborated(Prepared a, Prepared b) {
        return DateOfBirthSimilarity.of(a.dateOfBirth(), b.dateOfBirth()) >= DateOfBirthSimilarity.TYPO || document(a, b) >= 0.8;
    }

    /** Similarity of two first given names, or -1 when either is missing. */
    static double given(NameForms x, NameForms y) {
        if (x.empty() || y.empty()) {
            return -1;
        }
        return x.similarity(y);
    }

    static double document(Prepared a, Prepared b) {
        String x = a.document();
        String y = b.document();
        if (x.isEmpty() || y.isEmpty()) {
            return -1;
        }
        if (x.equals(y)) {
            return Objects.equals(a.documentCountry(), b.documentCountry()) || a.documentCountry() == null || b.documentCountry() == null
                    ? 1.0
                    : 0.9;
        }
        return EditDistance.distance(x, y) == 1 ? 0.8 : 0.0;
    }

    private static String documentKey(String number) {
        return number == null ? "" : number.toUpperCase().replaceAll("[^A-Z0-9]", "").replace('O', '0');
    }
}
