package org.opentvs.manifest.control.paxlst;

import java.util.List;

/**
 * One pass over the text after the UNA: copies segment by segment, honouring the release character,
 * drops CR/LF and C0 control characters, blanks between segments and after a segment tag
 * ({@code UNG *PAXLST}), and stops after UNZ (or after the last UNT when nothing EDIFACT follows).
 */
final class SegmentScanner {

    private final Delimiters d;
    private final List<String> warnings;
    private int breaksInside;
    private int breaksBetween;
    private int controls;
    private boolean sawUnb;

    SegmentScanner(Delimiters delimiters, List<String> warnings) {
        this.d = delimiters;
        this.warnings = warnings;
    }

    boolean sawUnb() {
        return sawUnb;
    }

    String scan(String text, int from) {
        StringBuilder out = new StringBuilder(text.length() - from);
        int n = text.length();
        int segStart = -1;
        boolean inTag = false;
        int i = from;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (segStart >= 0) {
                    breaksInside++;
                } else {
                    breaksBetween++;
                }
                continue;
            }
            if (c < 0x20 || c == 0x7f) {
                controls++;
                continue;
            }
            if (segStart < 0) {
                if (c == ' ') {
                    continue;
                }
                segStart = out.length();
                inTag = true;
            }
            if (c == d.release()) {
                out.append(c);
                i = appendReleased(text, i + 1, out);
                continue;
            }
            if (inTag && (c == d.element() || c == d.terminator())) {
                inTag = false;
                trimTag(out, segStart);
            }
            out.append(c);
            if (c == d.terminator()) {
                String tag = out.substring(segStart, Math.min(out.length(), segStart + 3));
                segStart = -1;
                sawUnb |= tag.equals("UNB");
                if (tag.equals("UNZ") || (tag.equals("UNT") || tag.equals("UNE")) && !serviceSegmentFollows(text, i + 1)) {
                    i++;
                    break;
                }
            }
        }
        finish(text, i, out, segStart);
        return out.toString();
    }

    private int appendReleased(String text, int i, StringBuilder out) {
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\r' && c != '\n') {
                out.append(c);
                return i;
            }
            breaksInside++;
        }
        return i;
    }

    private void trimTag(StringBuilder out, int segStart) {
        int end = out.length();
        while (end > segStart && out.charAt(end - 1) == ' ') {
            end--;
        }
        if (end < out.length()) {
            warnings.add("removed blank after segment tag " + out.substring(segStart, end));
            out.setLength(end);
        }
    }

    private boolean serviceSegmentFollows(String text, int i) {
        StringBuilder next = new StringBuilder(3);
        for (; i < text.length() && next.length() < 3; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c != 0x7f) {
                next.append(c);
            }
        }
        String tag = next.toString();
        return tag.equals("UNH") || tag.equals("UNG") || tag.equals("UNE") || tag.equals("UNZ");
    }

    private void finish(String text, int stoppedAt, StringBuilder out, int openSegment) {
        if (openSegment >= 0) {
            if (out.length() - openSegment >= 3) {
                out.append(d.terminator());
                warnings.add("added missing terminator after the last segment");
            } else {
                out.setLength(openSegment);
            }
        }
        if (breaksInside > 0) {
            warnings.add("removed " + breaksInside + " line break(s) inside segments (line wrapping)");
        }
        if (breaksBetween > 0) {
            warnings.add("removed " + breaksBetween + " line break(s) between segments");
        }
        if (controls > 0) {
            warnings.add("removed " + controls + " control character(s) (SOH/STX/ETX, form feed, tab)");
        }
        int visible = 0;
        for (int i = stoppedAt; i < text.length(); i++) {
            if (text.charAt(i) > ' ') {
                visible++;
            }
        }
        if (visible > 0) {
            warnings.add("ignored " + visible + " characters after the interchange (trailer, e-mail footer or junk)");
        }
    }
}
