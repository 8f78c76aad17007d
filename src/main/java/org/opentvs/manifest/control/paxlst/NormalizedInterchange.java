package org.opentvs.manifest.control.paxlst;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Cleaned EDIFACT text and what it takes to tokenize it.
 *
 * @param text the cleaned interchange (original UNA, if any, then one segment after the other)
 * @param body the segments after the UNA
 * @param enveloped whether the text has a UNB; bare UNH..UNT messages get a synthetic envelope for StAEDI
 */
record NormalizedInterchange(String text, String body, Delimiters delimiters, boolean enveloped, List<String> warnings) {

    /** The exact bytes handed to StAEDI (UTF-8). */
    byte[] tokenizerInput() {
        StringBuilder sb = new StringBuilder(body.length() + 96).append(delimiters.tokenizerUna());
        if (!enveloped) {
            char e = delimiters.element();
            char c = delimiters.component();
            char t = delimiters.terminator();
            sb.append("UNB").append(e).append("UNOA").append(c).append('4').append(e).append("NONE").append(e)
                    .append("NONE").append(e).append("000101").append(c).append("0000").append(e).append('0').append(t);
        }
        sb.append(body);
        if (!enveloped) {
            char e = delimiters.element();
            sb.append("UNZ").append(e).append('0').append(e).append('0').append(delimiters.terminator());
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
