package org.opentvs.holdings.entity;

import java.time.LocalDate;
import org.opentvs.person.NameFolding;

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
        return NameFolding.linkWords(value);
    }
}
