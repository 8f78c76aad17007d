package org.opentvs.manifest.control.paxlst;

/**
 * Finds where the EDIFACT text starts inside a transport wrapper (SITA Type-B header, e-mail, MQ
 * noise) and names what was in front of it.
 */
final class InterchangeLocator {

    private InterchangeLocator() {
    }

    /** Index of the first UNA, UNB or bare PAXLST UNH that starts an interchange, or -1. */
    static int start(CharSequence text) {
        int n = text.length();
        for (int i = 0; i + 3 < n; i++) {
            if (text.charAt(i) != 'U' || text.charAt(i + 1) != 'N') {
                continue;
            }
            char kind = text.charAt(i + 2);
            if (kind == 'A' && isUna(text, i) || kind == 'B' && isUnb(text, i) || kind == 'H' && isPaxlstUnh(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** A warning describing the stripped leading text, or null when it was only blank. */
    static String describePrefix(CharSequence prefix) {
        String visible = prefix.toString().strip();
        if (visible.chars().allMatch(c -> c < 0x20 || c == ' ')) {
            return null;
        }
        for (String line : visible.split("[\\r\\n\\u0001\\u0002]+")) {
            String l = line.strip();
            if (l.matches("\\.[A-Z0-9]{5,8}( .*)?") || l.matches("Q[A-Z] .*")) {
                return "stripped SITA Type-B header";
            }
        }
        return "stripped " + visible.length() + " characters of leading text before the interchange";
    }

    private static boolean isUna(CharSequence text, int i) {
        int j = i + 9;
        if (j > text.length()) {
            return false;
        }
        for (int k = i + 3; k < j; k++) {
            char c = text.charAt(k);
            if (c == '\r' || c == '\n') {
                return false;
            }
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j + 1 < text.length() && text.charAt(j) == 'U' && text.charAt(j + 1) == 'N';
    }

    private static boolean isUnb(CharSequence text, int i) {
        return !Character.isLetterOrDigit(text.charAt(i + 3))
                && (startsWith(text, i + 4, "UNO") || startsWith(text, i + 4, "IATA"));
    }

    private static boolean isPaxlstUnh(CharSequence text, int i) {
        if (Character.isLetterOrDigit(text.charAt(i + 3))) {
            return false;
        }
        int end = Math.min(text.length(), i + 64);
        for (int k = i + 4; k + 6 <= end; k++) {
            if (startsWith(text, k, "PAXLST")) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(CharSequence text, int at, String s) {
        if (at < 0 || at + s.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (text.charAt(at + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
