package org.opentvs.manifest.control.paxlst;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns raw bytes into text: ISO-8859-1 (one char per byte) unless the UNB declares UNOW, then UTF-8.
 * C1 control characters (bytes 0x80-0x9F) are not text in any EDIFACT character set; they become
 * U+FFFD with a warning, so a damaged name is visible instead of silently wrong.
 */
final class InputDecoding {

    static final char REPLACEMENT = '\ufffd';

    private InputDecoding() {
    }

    static String decode(byte[] raw, List<String> warnings) {
        String latin = new String(raw, StandardCharsets.ISO_8859_1);
        if (declaresUtf8(latin)) {
            String utf8 = new String(raw, StandardCharsets.UTF_8);
            int bad = count(utf8);
            if (bad > 0) {
                warnings.add("replaced " + bad + " invalid UTF-8 byte sequence(s) with U+FFFD");
            }
            return utf8;
        }
        return replaceC1Controls(latin, warnings);
    }

    private static boolean declaresUtf8(String text) {
        int unb = text.indexOf("UNB");
        return unb >= 0 && text.regionMatches(unb + 4, "UNOW", 0, 4);
    }

    private static String replaceC1Controls(String text, List<String> warnings) {
        char[] chars = null;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9f) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = REPLACEMENT;
                replaced++;
            }
        }
        if (chars == null) {
            return text;
        }
        warnings.add("replaced " + replaced + " invalid byte(s) (0x80-0x9F, not ISO-8859-1 text) with U+FFFD");
        return new String(chars);
    }

    private static int count(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == REPLACEMENT) {
                n++;
            }
        }
        return n;
    }
}
