package org.opentvs.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms of a name. {@link #fold} is the plain Latin upper-case form (accents removed, ß → SS,
 * Æ → AE, Ø → O, Œ → OE, Ł → L, Đ → D, Þ → TH; apostrophes vanish, other punctuation separates
 * words). On it: {@link #translit}, screening's per-token form that merges KH/K, PH/F, W/V, doubled
 * letters and vowel choice (MOHAMMED, MUHAMMAD, MOHAMAD share one form) with {@link #skeleton} its
 * consonants; {@link #canonical}, reconciliation's whole-name form with the Arabic, Cyrillic and
 * German variants merged (YURIY/IURII, MÜLLER/MUELLER, TCHAIKOVSKY/CHAIKOVSKII). {@link #linkWords}
 * is the older holdings form kept for its stored keys (every non-letter separates, digits stay).
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

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['`’‘]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z]+");
    private static final Pattern NOT_WORDS = Pattern.compile("[^A-Z0-9 ]");

    private NameFolding() {
    }

    /** Upper-case Latin letters and single spaces; apostrophes vanish, other punctuation separates words. */
    public static String fold(String value) {
        if (value == null) {
            return "";
        }
        String s = plainAscii(value) ? value.toUpperCase(Locale.ROOT) : latin(value).toUpperCase(Locale.ROOT);
        return NOT_LETTERS.matcher(APOSTROPHES.matcher(s).replaceAll("")).replaceAll(" ").trim();
    }

    /** The special letters spelled out and the accents removed, case kept. */
    static String latin(String value) {
        String s = value;
        for (String[] rule : SPECIAL) {
            s = s.replace(rule[0], rule[1]);
        }
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
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

    /** The first given name, canonical (travel documents differ in how many middle names they carry). */
    public static String firstGiven(String givenNames) {
        String folded = fold(givenNames);
        int space = folded.indexOf(' ');
        return canonical(space < 0 ? folded : folded.substring(0, space));
    }

    /** Holdings' link words: accents removed, upper case, letters and digits, anything else a single space. */
    public static String linkWords(String value) {
        if (value == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORDS.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll(" ").trim().replaceAll("\\s+", " ");
    }

    private static boolean plainAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
    }
}
