package org.opentvs.alerting.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name forms for screening. {@link #fold} is the plain Latin upper-case form (accents removed);
 * {@link #translit} goes further and merges the usual transliteration variants (KH/K, PH/F, W/V,
 * OU/U, doubled letters, vowel choice), so MOHAMMED, MUHAMMAD and MOHAMAD share one form;
 * {@link #skeleton} keeps only the consonants of that form, the blocking key of the name index.
 */
public final class NameFolding {

    private static final String[][] DIGRAPHS = {{"SCH", "S"}, {"PH", "F"}, {"CK", "K"}, {"SH", "S"}, {"CH", "S"},
        {"ZH", "J"}, {"DJ", "J"}, {"Q", "K"}, {"C", "K"}, {"Z", "S"}, {"X", "KS"}, {"W", "F"}, {"V", "F"}};

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['`’‘]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z]+");

    private NameFolding() {
    }

    /** Upper-case Latin letters and single spaces; apostrophes vanish, other punctuation separates words. */
    public static String fold(String value) {
        if (value == null) {
            return "";
        }
        if (plainAscii(value)) {
            return NOT_LETTERS.matcher(APOSTROPHES.matcher(value.toUpperCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").trim();
        }
        String s = value.replace("ß", "SS").replace("Æ", "AE").replace("æ", "AE").replace("Ø", "O").replace("ø", "O")
                .replace("Đ", "D").replace("đ", "D").replace("Ł", "L").replace("ł", "L").replace("Þ", "TH").replace("þ", "TH");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toUpperCase(Locale.ROOT);
        return NOT_LETTERS.matcher(APOSTROPHES.matcher(s).replaceAll("")).replaceAll(" ").trim();
    }

    public static List<String> tokens(String value) {
        String folded = fold(value);
        List<String> tokens = new ArrayList<>();
        if (!folded.isEmpty()) {
            for (String t : folded.split(" ")) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** The transliteration-merged form of one folded token. */
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

    /** The consonants of the transliteration form, keeping an initial vowel as A: the blocking key. */
    public static String skeleton(String token) {
        return consonants(translit(token));
    }

    /** The skeleton of a token already in transliteration form. */
    static String consonants(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != 'A' || i == 0) {
                out.append(c);
            }
        }
        return out.toString();
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
