package org.opentvs.manifest.control.paxlst;

import java.util.ArrayList;
import java.util.List;
import org.opentvs.manifest.entity.ManifestKind;
import org.opentvs.manifest.entity.TravelerRole;

/**
 * Maps CBP's legacy US/EDIFACT PAXLST ({@code PAXLST:001:000}): CTA sender contact, TDT++flight+40+carrier,
 * LOC+005/008 departure/arrival with DTM+136/132 (date and time in separate elements), then one PDT
 * per traveler. The format has no BGM and no nationality.
 */
final class LegacyMessageMapper {

    private final PaxlstDates dates;

    LegacyMessageMapper(PaxlstDates dates) {
        this.dates = dates;
    }

    ParsedMessage map(List<Segment> segments, MessageHeader header, List<String> warnings) throws PaxlstException {
        MessageFields m = new MessageFields(header, warnings);
        LegAssembler legs = new LegAssembler(dates, warnings);
        List<ParsedTraveler> travelers = new ArrayList<>();
        for (int i = 1; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int number = i + 1;
            switch (s.tag()) {
                case "CTA" -> m.reportingParty = Names.given(s, 2, 2);
                case "TDT" -> legs.transport(FlightDesignator.of(s.value(2), s.value(4)));
                case "LOC" -> location(s, legs);
                case "DTM" -> date(s, number, legs, warnings);
                case "PDT" -> travelers.add(new LegacyTraveler(dates).map(s, number));
                case "UNT" -> m.trailer(s, segments.size());
                default -> {
                    // UNS section control and others carry nothing the model keeps
                }
            }
        }
        if (!legs.hasTransport()) {
            throw new PaxlstException("message has no TDT segment (no flight)", "TDT", 0);
        }
        boolean allCrew = !travelers.isEmpty() && travelers.stream().allMatch(t -> t.role() == TravelerRole.CREW);
        m.kind = allCrew ? ManifestKind.CREW : ManifestKind.PASSENGER;
        m.declaredTotal = null;
        return m.toMessage(legs.legs(), travelers);
    }

    private static void location(Segment s, LegAssembler legs) {
        String airport = LegacyTraveler.airport(s.text(2, 1));
        switch (s.value(1).strip()) {
            case "005" -> legs.departure(airport, false);
            case "008" -> legs.arrival(airport, false);
            default -> {
                // other legacy locations are not part of the leg
            }
        }
    }

    private void date(Segment s, int number, LegAssembler legs, List<String> warnings) throws PaxlstException {
        String qualifier = s.value(1).strip();
        try {
            if (qualifier.equals("136")) {
                legs.departureTime(dates.flight(s.value(2), s.value(3)));
            } else if (qualifier.equals("132")) {
                legs.arrivalTime(dates.flight(s.value(2), s.value(3)));
            }
        } catch (IllegalArgumentException e) {
            if (qualifier.equals("136")) {
                throw new PaxlstException("unreadable flight departure date/time", "DTM", number, e);
            }
            warnings.add("DTM segment " + number + ": unreadable arrival date/time ignored");
        }
    }
}
