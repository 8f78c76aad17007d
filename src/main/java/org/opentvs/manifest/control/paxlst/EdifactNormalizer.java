package org.opentvs.manifest.control.paxlst;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans raw APIS traffic into plain EDIFACT text: decodes the bytes, drops whatever surrounds the
 * interchange (Type-B header and trailer, SOH/STX/ETX, e-mail footers, junk after UNZ), removes every
 * CR/LF (Type-B wrapping splits segments and values) and reads the separators from the UNA. Each
 * repair is recorded as a warning.
 */
final class EdifactNormalizer {

    NormalizedInterchange normalize(byte[] raw) throws PaxlstException {
        List<String> warnings = new ArrayList<>();
        String text = InputDecoding.decode(raw == null ? new byte[0] : raw, warnings);
        int start = InterchangeLocator.start(text);
        if (start < 0) {
            text = withoutLineBreaks(text);
            start = InterchangeLocator.start(text);
        }
        if (start < 0) {
            throw new PaxlstException("no PAXLST message found: the input contains no UNA, UNB or UNH segment", null, 0);
        }
        String prefixWarning = InterchangeLocator.describePrefix(text.substring(0, start));
        if (prefixWarning != null) {
            warnings.add(prefixWarning);
        }
        boolean hasUna = text.startsWith("UNA", start);
        String una = hasUna ? readUna(text, start) : null;
        int bodyStart = hasUna ? skipUna(text, start) : start;
        int syntaxVersion = SyntaxPeek.version(text, bodyStart, una == null ? '+' : una.charAt(4),
                una == null ? ':' : una.charAt(3));
        Delimiters delimiters = una != null
                ? Delimiters.fromUna(una, syntaxVersion >= 4)
                : defaultsFor(text, bodyStart);
        SegmentScanner scanner = new SegmentScanner(delimiters, warnings);
        String body = scanner.scan(text, bodyStart);
        String normalized = una == null ? body : una + body;
        return new NormalizedInterchange(normalized, body, delimiters, scanner.sawUnb(), warnings);
    }

    private static Delimiters defaultsFor(String text, int bodyStart) {
        char element = bodyStart + 3 < text.length() ? text.charAt(bodyStart + 3) : '+';
        if (element == '+' || Character.isLetterOrDigit(element) || Character.isWhitespace(element)) {
            return Delimiters.DEFAULT;
        }
        Delimiters d = Delimiters.DEFAULT;
        return new Delimiters(d.component(), element, d.decimal(), d.release(), Delimiters.NONE, d.terminator());
    }

    /** The UNA tag and its six service characters, skipping any line break wrapped into it. */
    private static String readUna(String text, int start) throws PaxlstException {
        StringBuilder sb = new StringBuilder(9);
        for (int i = start; i < text.length() && sb.length() < 9; i++) {
            char c = text.charAt(i);
            if (c != '\r' && c != '\n') {
                sb.append(c);
            }
        }
        if (sb.length() < 9) {
            throw new PaxlstException("incomplete UNA service string advice", "UNA", 0);
        }
        return sb.toString();
    }

    private static int skipUna(String text, int start) {
        int seen = 0;
        int i = start;
        while (i < text.length() && seen < 9) {
            char c = text.charAt(i++);
            if (c != '\r' && c != '\n') {
                seen++;
            }
        }
        return i;
    }

    private static String withoutLineBreaks(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\r' && c != '\n') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
