package org.opentvs.reconciliation.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as matching compares them: diacritics folded, letters only, and the common transliteration
 * variants of Arabic, Cyrillic and German names merged (MUHAMMAD/MOHAMMED, MÜLLER/MUELLER,
 * YURIY/IURII, PHILIPS/FILIPS; every vowel is one letter), doubled letters collapsed.
 */
public final class NameNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^A-Z ]");
    private static final String[][] VARIANTS = {
        {"AE", "A"}, {"OE", "O"}, {"UE", "U"}, {"SCH", "SH"}, {"TCH", "CH"}, {"TSCH", "CH"}, {"KH", "H"}, {"PH", "F"},
        {"CK", "K"}, {"Q", "K"}, {"DJ", "J"}, {"DZH", "J"}, {"ZH", "J"}, {"W", "V"}, {"Y", "I"}, {"OU", "U"},
        {"TH", "T"}, {"DH", "D"}, {"GH", "G"}, {"E", "A"}, {"I", "A"}, {"O", "A"}, {"U", "A"}
    };

    private NameNormalizer() {
    }

    /** Upper-case ASCII letters and single spaces, diacritics removed (ß→SS, Ø→O, Æ→AE). */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String upper = name.toUpperCase(Locale.ROOT).replace("ß", "SS").replace("Æ", "AE").replace("Ø", "O")
                .replace("Œ", "OE").replace("Ł", "L").replace("Đ", "D");
        String plain = MARKS.matcher(Normalizer.normalize(upper, Normalizer.Form.NFD)).replaceAll("");
        return NON_LETTERS.matcher(plain.replace('-', ' ')).replaceAll("").trim().replaceAll(" +", " ");
    }

    /** The folded name with transliteration variants merged and repeated letters collapsed. */
    public static String canonical(String name) {
        String s = fold(name).replace(" ", "");
        for (String[] v : VARIANTS) {
            s = s.replace(v[0], v[1]);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** The first given name, canonical (travel documents differ in how many middle names they carry). */
    public static String firstGiven(String givenNames) {
        String folded = fold(givenNames);
        int space = folded.indexOf(' ');
        return canonical(space < 0 ? folded : folded.substring(0, space));
    }
}
