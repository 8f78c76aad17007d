package org.opentvs.holdings.entity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The biographic fallback key that links a manifest traveler to holdings when no document matches:
 * family name, given names, date of birth and nationality, upper-cased, accents and punctuation removed.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String familyName, String givenNames, LocalDate dateOfBirth, String nationality) {
        return clean(familyName) + "|" + clean(givenNames) + "|" + (dateOfBirth == null ? "" : dateOfBirth) + "|"
                + clean(nationality);
    }

    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String plain = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " ").trim().replaceAll("\\s+", " ");
    }
}
