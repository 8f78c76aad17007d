package org.opentvs.person;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The keys made of a name's {@link NameFolding#letters letters}. Reconciliation blocks on
 * {@link #family}, the consonant skeleton of the family name (PH → F, vowels, Y, H and W after a
 * letter dropped, repeats collapsed), 4 letters at most: MOHAMMED, MUHAMMAD → MMD; and on
 * {@link #initial}, the first letter of the given names. Holdings link a traveler without a known
 * document by {@link #link}: the {@link NameFolding#alphanumerics letters and digits} of family and
 * given names, the birth date and the nationality (an exact key with no score behind it keeps the
 * digits that tell records apart). The SQL functions {@code person_fold}, {@code person_letters},
 * {@code person_alnum}, {@code recon_name_key} and {@code recon_initial} (V0080, V0100) compute the same for the set-based statements and the stored keys;
 * {@code PersonNameKeysIT} holds both to the golden list {@code person/golden.tsv}.
 */
public final class NameKeys {

    private static final Pattern AFTER_A_LETTER = Pattern.compile("(.)[AEIOUYHW]+");
    private static final Pattern REPEATS = Pattern.compile("(.)\\1+");

    private NameKeys() {
    }

    public static String family(String name) {
        String s = NameFolding.letters(name).replace("PH", "F");
        s = REPEATS.matcher(AFTER_A_LETTER.matcher(s).replaceAll("$1")).replaceAll("$1");
        return s.length() > 4 ? s.substring(0, 4) : s;
    }

    public static String initial(String name) {
        String s = NameFolding.letters(name);
        return s.isEmpty() ? "" : s.substring(0, 1);
    }

    /** Holdings' biographic link key: O'Brien, O BRIEN and Obrien, José María and JOSE MARIA link alike. */
    public static String link(String familyName, String givenNames, LocalDate dateOfBirth, String nationality) {
        return NameFolding.alphanumerics(familyName) + "|" + NameFolding.alphanumerics(givenNames) + "|"
                + (dateOfBirth == null ? "" : dateOfBirth) + "|" + NameFolding.alphanumerics(nationality);
    }
}
