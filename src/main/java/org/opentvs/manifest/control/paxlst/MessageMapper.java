package org.opentvs.manifest.control.paxlst;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps one UNH..UNT message of the WCO/IATA PAXLST profile (D02B/D03B/D05B/D15B). Header segments
 * come before the first traveler NAD; every later segment belongs to the current traveler until CNT.
 */
final class MessageMapper {

    private final PaxlstDates dates;

    MessageMapper(PaxlstDates dates) {
        this.dates = dates;
    }

    ParsedMessage map(List<Segment> segments, MessageHeader header, List<String> warnings) throws PaxlstException {
        MessageFields m = new MessageFields(header, warnings);
        LegAssembler legs = new LegAssembler(dates, warnings);
        List<ParsedTraveler> travelers = new ArrayList<>(Math.max(4, segments.size() / 12));
        TravelerAssembler traveler = null;
        for (int i = 1; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int number = i + 1;
            switch (s.tag()) {
                case "BGM" -> m.bgm(s, number);
                case "NAD" -> {
                    if (traveler != null) {
                        travelers.add(traveler.build());
                        traveler = null;
                    }
                    if (isTraveler(s)) {
                        traveler = new TravelerAssembler(s, number, dates);
                    } else {
                        m.party(s, number);
                    }
                }
                case "TDT" -> legs.transport(FlightDesignator.of(s.value(2), s.value(5)));
                case "CNT" -> m.count(s, number);
                case "UNT" -> m.trailer(s, segments.size());
                default -> {
                    if (traveler != null) {
                        traveler.accept(s, number);
                    } else {
                        header(s, number, m, legs);
                    }
                }
            }
        }
        if (traveler != null) {
            travelers.add(traveler.build());
        }
        if (m.documentCode == null) {
            throw new PaxlstException(m.bgmNumber == 0
                    ? "message has no BGM segment"
                    : "BGM segment has no document code", "BGM", m.bgmNumber);
        }
        if (!legs.hasTransport()) {
            throw new PaxlstException("message has no TDT segment (no flight)", "TDT", 0);
        }
        return m.toMessage(legs.legs(), travelers);
    }

    private static boolean isTraveler(Segment nad) {
        String q = nad.value(1).strip();
        return q.equals("FL") || q.equals("FM") || q.equals("DDU") || q.equals("DDT");
    }

    private static void header(Segment s, int number, MessageFields m, LegAssembler legs) throws PaxlstException {
        switch (s.tag()) {
            case "RFF" -> {
                if ("TN".equals(s.value(1, 1).strip())) {
                    m.transactionReference = s.text(1, 2);
                }
            }
            case "LOC" -> {
                if (legs.hasTransport()) {
                    legs.location(s);
                }
            }
            case "DTM" -> {
                if (legs.hasTransport()) {
                    legs.date(s, number);
                }
            }
            default -> {
                // COM, CTA, header DTM/GEI ...: not kept
            }
        }
    }
}
