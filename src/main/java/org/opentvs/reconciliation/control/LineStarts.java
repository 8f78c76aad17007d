package org.opentvs.reconciliation.control;

import java.util.Arrays;

/** Where each line of a text starts; a line ends with CR LF, LF or a lone CR, as RFC 4180 readers count them. */
final class LineStarts {

    private final String text;
    private final int[] starts;
    private final int count;

    LineStarts(String text) {
        this.text = text;
        int[] found = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i + 1;
            }
        }
        this.starts = found;
        this.count = n;
    }

    int count() {
        return count;
    }

    int start(int line) {
        return line < count ? starts[line] : text.length();
    }

    /** The (0-based) line that holds the character at {@code position}. */
    int lineOf(int position) {
        int i = Arrays.binarySearch(starts, 0, count, position);
        return i >= 0 ? i : -i - 2;
    }

    /** The first position at or after {@code position} that is not a line break. */
    int skipBreaks(int position) {
        int p = position;
        while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
            p++;
        }
        return p;
    }

    /** Lines {@code first} to {@code last} without the final line break. */
    String text(int first, int last) {
        int end = start(last + 1);
        while (end > start(first) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start(first), end);
    }

    /** How many line breaks a value holds. */
    static int breaks(String value) {
        return new LineStarts(value).count() - 1;
    }
}
