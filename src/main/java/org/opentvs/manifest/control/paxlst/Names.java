package org.opentvs.manifest.control.paxlst;

import java.util.List;
import java.util.Locale;

/** Name handling: upper case, given names joined from several components, damaged characters flagged. */
final class Names {

    private Names() {
    }

    static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** Components {@code from}.. of an element joined with single blanks, upper case; null when all blank. */
    static String given(Segment s, int element, int from) {
        StringBuilder sb = new StringBuilder();
        for (int c = from; c <= s.componentCount(element); c++) {
            String part = s.text(element, c);
            if (part != null) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(part);
            }
        }
        return sb.length() == 0 ? null : upper(sb.toString());
    }

    static void checkReadable(String family, String given, List<String> warnings) {
        if (family.indexOf(InputDecoding.REPLACEMENT) >= 0 || given != null && given.indexOf(InputDecoding.REPLACEMENT) >= 0) {
            warnings.add("name contains a character that could not be decoded (shown as U+FFFD)");
        }
    }
}
