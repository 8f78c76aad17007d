package org.opentvs.manifest.control.paxlst;

import java.util.List;

/**
 * A parsed interchange. {@code normalizedText} is the cleaned EDIFACT text (wrappers, line breaks and
 * trailing junk removed), suitable for duplicate detection.
 */
public record ParsedInterchange(String sender, String recipient, String controlReference, String syntax,
        String normalizedText, List<ParsedMessage> messages, List<String> warnings) {

    public ParsedInterchange {
        messages = List.copyOf(messages);
        warnings = List.copyOf(warnings);
    }
}
