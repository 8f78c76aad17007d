package org.opentvs.person;

import java.util.regex.Pattern;

/**
 * Reconciliation's blocking keys. {@link #letters} keeps the ASCII letters of a name, upper case,
 * after the special letters are spelled out and accents removed (so it does not depend on the
 * database's locale); {@link #family} is its consonant skeleton (PH → F, vowels, Y, H and W after a
 * letter dropped, repeats collapsed), 4 letters at most: MOHAMMED, MUHAMMAD → MMD; {@link #initial}
 * its first letter. The SQL functions {@code person_letters}, {@code recon_name_key} and
 * {@code recon_initial} (V0080) compute the same, for the set-based statements.
 */
public final class NameKeys {

    private static final Pattern NOT_ASCII_LETTERS = Pattern.compile("[^A-Za-z]");
    private static final Pattern AFTER_A_LETTER = Pattern.compile("(.)[AEIOUYHW]+");
    private static final Pattern REPEATS = Pattern.compile("(.)\\1+");

    private NameKeys() {
    }

    public static String letters(String name) {
        if (name == null) {
            return "";
        }
        return upperAscii(NOT_ASCII_LETTERS.matcher(NameFolding.latin(name)).replaceAll(""));
    }

    public static String family(String name) {
        String s = letters(name).replace("PH", "F");
        s = REPEATS.matcher(AFTER_A_LETTER.matcher(s).replaceAll("$1")).replaceAll("$1");
        return s.length() > 4 ? s.substring(0, 4) : s;
    }

    public static String initial(String name) {
        String s = letters(name);
        return s.isEmpty() ? "" : s.substring(0, 1);
    }

    private static String upperAscii(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'a' && c[i] <= 'z') {
                c[i] = (char) (c[i] - 32);
            }
        }
        return new String(c);
    }
}
