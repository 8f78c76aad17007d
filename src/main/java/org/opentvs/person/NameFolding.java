package org.opentvs.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The forms of a name. {@link #fold} is the plain Latin upper-case form (accents removed, ß → SS,
 * Æ → AE, Ø → O, Œ → OE, Ł → L, Đ → D, Þ → TH; apostrophes vanish, other punctuation separates
 * words). On it: {@link #translit}, screening's per-token form that merges KH/K, PH/F, W/V, doubled
 * letters and vowel choice (MOHAMMED, MUHAMMAD, MOHAMAD share one form) with {@link #skeleton} its
 * consonants; {@link #canonical}, reconciliation's whole-name form with the Arabic, Cyrillic and
 * German variants merged (YURIY/IURII, MÜLLER/MUELLER, TCHAIKOVSKY/CHAIKOVSKII); {@link #letters}
 * the folded name without spaces, of which {@link NameKeys} makes the blocking keys, and
 * {@link #alphanumerics} the same with the digits kept, of which it makes the link key.
 */
public final class NameFolding {

    private static final String[][] SPECIAL = {{"ß", "SS"}, {"ẞ", "SS"}, {"Æ", "AE"}, {"æ", "AE"}, {"Ø", "O"}, {"ø", "O"},
            {"Œ", "OE"}, {"œ", "OE"}, {"Ł", "L"}, {"ł", "L"}, {"Đ", "D"}, {"đ", "D"}, {"Þ", "TH"}, {"þ", "TH"}, {"ı", "I"}};
    private static final String[][] DIGRAPHS = {{"SCH", "S"}, {"PH", "F"}, {"CK", "K"}, {"SH", "S"}, {"CH", "S"},
            {"ZH", "J"}, {"DJ", "J"}, {"Q", "K"}, {"C", "K"}, {"Z", "S"}, {"X", "KS"}, {"W", "F"}, {"V", "F"}};
    private static final String[][] VARIANTS = {
            {"AE", "A"}, {"OE", "O"}, {"UE", "U"}, {"SCH", "SH"}, {"TCH", "CH"}, {"TSCH", "CH"}, {"KH", "H"}, {"PH", "F"},
            {"CK", "K"}, {"Q", "K"}, {"DJ", "J"}, {"DZH", "J"}, {"ZH", "J"}, {"W", "V"}, {"Y", "I"}, {"OU", "U"},
            {"TH", "T"}, {"DH", "D"}, {"GH", "G"}, {"E", "A"}, {"I", "A"}, {"O", "A"}, {"U", "A"}
    };

    /** The combining-mark blocks (diacritics, extended, supplement, for symbols, half marks), as person_fold lists them. */
    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036F\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F]");
    private static final Pattern APOSTROPHES = Pattern.compile("['`’‘]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z]+");
    private static final Pattern NOT_ALPHANUMERICS = Pattern.compile("[^A-Z0-9]+");

    private NameFolding() {
    }

    /**
     * Upper-case Latin letters and single spaces: the {@link #plain} form with anything but a letter a
     * word separator. The SQL function {@code person_fold} computes the same, step by step, independent
     * of the database's locale.
     */
    public static String fold(String value) {
        return NOT_LETTERS.matcher(plain(value)).replaceAll(" ").trim();
    }

    /** The folded name without spaces: the letters the blocking keys are made of ({@code person_letters}). */
    public static String letters(String value) {
        return fold(value).replace(" ", "");
    }

    /** The letters and digits of the {@link #plain} form, nothing else: the link key's fields ({@code person_alnum}). */
    public static String alphanumerics(String value) {
        return NOT_ALPHANUMERICS.matcher(plain(value)).replaceAll("");
    }

    /**
     * The special letters spelled out, compatibility decomposition (NFKD: ligatures and full-width
     * letters become plain ones), the combining marks and apostrophes removed, ASCII letters upper-cased
     * ({@code person_plain}); the empty string for none.
     */
    static String plain(String value) {
        if (value == null) {
            return "";
        }
        return upperAscii(APOSTROPHES.matcher(latin(value)).replaceAll(""));
    }

    /** The special letters spelled out and the accents removed, case kept. */
    static String latin(String value) {
        String s = value;
        for (String[] rule : SPECIAL) {
            s = s.replace(rule[0], rule[1]);
        }
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }

    public static List<String> tokens(String value) {
        String folded = fold(value);
        return folded.isEmpty() ? List.of() : new ArrayList<>(List.of(folded.split(" ")));
    }

    /** Screening's transliteration form of one folded token. */
    public static String translit(String token) {
        String s = token;
        for (String[] rule : DIGRAPHS) {
            s = s.replace(rule[0], rule[1]);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'H' && i > 0) {
                continue;
            }
            char mapped = isVowel(c) || (c == 'Y' && i > 0) ? 'A' : c;
            if (out.length() == 0 || out.charAt(out.length() - 1) != mapped) {
                out.append(mapped);
            }
        }
        return out.toString();
    }

    /** The consonants of the transliteration form, keeping an initial vowel as A: screening's blocking key. */
    public static String skeleton(String token) {
        String t = translit(token);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != 'A' || i == 0) {
                out.append(t.charAt(i));
            }
        }
        return out.toString();
    }

    /** Reconciliation's form: the folded name without spaces, transliteration variants merged, repeated letters collapsed. */
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

    private static String upperAscii(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'a' && c[i] <= 'z') {
                c[i] = (char) (c[i] - 32);
            }
        }
        return new String(c);
    }

    private static boolean isVowel(char c) {
        return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
    }
}
