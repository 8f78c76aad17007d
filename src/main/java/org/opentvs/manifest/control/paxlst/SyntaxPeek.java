package org.opentvs.manifest.control.paxlst;

/** Reads the syntax version number (UNB S001 0002) ahead of tokenizing, to decide on repetition. */
final class SyntaxPeek {

    private SyntaxPeek() {
    }

    /** The syntax version of the UNB starting at or after {@code from}; 0 when there is no UNB. */
    static int version(String text, int from, char element, char component) {
        int i = skipBlank(text, from);
        if (!InterchangeLocator.startsWith(text, i, "UNB")) {
            return 0;
        }
        i = skipBlank(text, i + 3);
        if (i >= text.length() || text.charAt(i) != element) {
            return 0;
        }
        int limit = Math.min(text.length(), i + 16);
        int version = 0;
        boolean inVersion = false;
        for (int k = i + 1; k < limit; k++) {
            char c = text.charAt(k);
            if (c == component) {
                inVersion = true;
            } else if (inVersion && c >= '0' && c <= '9') {
                version = version * 10 + (c - '0');
            } else if (c == element || inVersion && c != '\r' && c != '\n') {
                break;
            }
        }
        return version;
    }

    private static int skipBlank(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
