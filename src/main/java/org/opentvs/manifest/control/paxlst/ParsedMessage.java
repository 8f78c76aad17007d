package org.opentvs.manifest.control.paxlst;

import java.util.List;
import org.opentvs.manifest.entity.ManifestKind;

/** One UNH..UNT message of an interchange. */
public record ParsedMessage(String messageReference, String messageType,
        String commonAccessReference, int partNumber, boolean firstPart, boolean lastPart,
        String documentCode, String documentQualifier,
        ManifestKind kind, String transactionReference, String reportingParty,
        List<ParsedLeg> legs, List<ParsedTraveler> travelers, Integer declaredTotal, List<String> warnings) {

    public ParsedMessage {
        legs = List.copyOf(legs);
        travelers = List.copyOf(travelers);
        warnings = List.copyOf(warnings);
    }
}
