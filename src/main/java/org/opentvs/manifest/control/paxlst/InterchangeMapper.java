package org.opentvs.manifest.control.paxlst;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the tokenized interchange into UNH..UNT messages, maps each PAXLST message with the profile
 * or the legacy mapper, and checks the envelope (UNB, UNG/UNE, UNZ). Counts that do not match are
 * warnings, never errors.
 */
final class InterchangeMapper {

    private final MessageMapper profile;
    private final LegacyMessageMapper legacy;

    InterchangeMapper(PaxlstDates dates) {
        this.profile = new MessageMapper(dates);
        this.legacy = new LegacyMessageMapper(dates);
    }

    ParsedInterchange map(NormalizedInterchange normalized, List<Segment> segments) throws PaxlstException {
        List<String> warnings = new ArrayList<>(normalized.warnings());
        Envelope envelope = new Envelope(normalized.enveloped(), warnings);
        List<ParsedMessage> messages = new ArrayList<>(1);
        int i = 0;
        while (i < segments.size()) {
            Segment s = segments.get(i);
            if (!s.tag().equals("UNH")) {
                envelope.accept(s);
                i++;
                continue;
            }
            int end = endOfMessage(segments, i);
            List<Segment> message = segments.subList(i, end);
            envelope.messageSeen();
            ParsedMessage parsed = mapMessage(message, warnings);
            if (parsed != null) {
                messages.add(parsed);
            }
            i = end;
        }
        if (messages.isEmpty()) {
            throw new PaxlstException("no PAXLST message found in the interchange", null, 0);
        }
        envelope.finish();
        return new ParsedInterchange(envelope.sender, envelope.recipient, envelope.controlReference,
                envelope.syntax, normalized.text(), messages, warnings);
    }

    private ParsedMessage mapMessage(List<Segment> message, List<String> interchangeWarnings) throws PaxlstException {
        List<String> warnings = new ArrayList<>(2);
        MessageHeader header = MessageHeader.of(message.get(0), warnings);
        if (!header.paxlst()) {
            interchangeWarnings.add("skipped a message of type " + header.type());
            return null;
        }
        if (!message.get(message.size() - 1).tag().equals("UNT")) {
            warnings.add("message has no UNT trailer");
        }
        return header.legacy() ? legacy.map(message, header, warnings) : profile.map(message, header, warnings);
    }

    /** Index after the UNT closing the message at {@code start}, or of the next UNH/UNE/UNZ without UNT. */
    private static int endOfMessage(List<Segment> segments, int start) {
        for (int k = start + 1; k < segments.size(); k++) {
            String tag = segments.get(k).tag();
            if (tag.equals("UNT")) {
                return k + 1;
            }
            if (tag.equals("UNH") || tag.equals("UNE") || tag.equals("UNZ")) {
                return k;
            }
        }
        return segments.size();
    }
}
