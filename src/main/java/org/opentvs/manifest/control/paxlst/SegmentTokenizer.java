package org.opentvs.manifest.control.paxlst;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizes normalized EDIFACT with StAEDI (no schema, no control-structure validation: real APIS
 * traffic breaks both) into {@link Segment}s. Repeated occurrences of an element (only possible with
 * a real repetition separator) keep the first occurrence.
 */
final class SegmentTokenizer {

    private static final EDIInputFactory FACTORY = newFactory();

    static EDIInputFactory newFactory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        return factory;
    }

    List<Segment> tokenize(NormalizedInterchange normalized) throws PaxlstException {
        List<Segment> segments = new ArrayList<>(256);
        SegmentBuilder builder = new SegmentBuilder();
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(
                new ByteArrayInputStream(normalized.tokenizerInput()), "UTF-8")) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> builder.start(reader.getText(), segments.size() + 1);
                    case ELEMENT_DATA -> data(reader, builder);
                    case START_COMPOSITE -> builder.startComposite(reader.getLocation().getElementPosition(),
                            reader.getLocation().getElementOccurrence());
                    case END_COMPOSITE -> builder.endComposite();
                    case END_SEGMENT -> segments.add(builder.build());
                    default -> {
                        // interchange/group events and (disabled) validation events carry no data
                    }
                }
            }
        } catch (EDIStreamException | RuntimeException e) {
            throw new PaxlstException("malformed EDIFACT syntax that could not be tokenized",
                    builder.currentTag(), positionInMessage(segments), e);
        } catch (IOException e) {
            throw new PaxlstException("could not read the input", null, 0, e);
        }
        return segments;
    }

    /** 1-based position of the segment being read, counted from the last UNH; 0 outside a message. */
    private static int positionInMessage(List<Segment> segments) {
        for (int k = segments.size() - 1; k >= 0; k--) {
            String tag = segments.get(k).tag();
            if (tag.equals("UNH")) {
                return segments.size() - k + 1;
            }
            if (tag.equals("UNT")) {
                return 0;
            }
        }
        return 0;
    }

    private static void data(EDIStreamReader reader, SegmentBuilder builder) {
        Location location = reader.getLocation();
        builder.data(location.getElementPosition(), location.getElementOccurrence(), location.getComponentPosition(),
                reader.getText());
    }
}
