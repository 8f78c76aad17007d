package org.opentvs.manifest.control.paxlst;

import java.util.List;
import org.opentvs.manifest.entity.ManifestKind;

/** Message-level values (BGM, RFF+TN, NAD+MS, CNT, UNT checks) collected while mapping. */
final class MessageFields {

    private final MessageHeader header;
    private final List<String> warnings;
    String documentCode;
    String documentQualifier;
    String transactionReference;
    String reportingParty;
    Integer declaredTotal;
    ManifestKind kind;

    MessageFields(MessageHeader header, List<String> warnings) {
        this.header = header;
        this.warnings = warnings;
    }

    int bgmNumber;

    void bgm(Segment s, int number) {
        bgmNumber = number;
        documentCode = s.text(1, 1);
        documentQualifier = s.text(2, 1);
        kind = ManifestKind.of(documentCode, documentQualifier);
    }

    void party(Segment nad, int number) {
        if (!"MS".equals(nad.value(1).strip())) {
            warnings.add("NAD segment " + number + ": party qualifier not used for travelers; ignored");
            return;
        }
        String name = Names.given(nad, 4, 1);
        reportingParty = name != null ? name : nad.text(2, 1);
    }

    void count(Segment cnt, int number) {
        String value = cnt.value(1, 2).strip();
        if (value.isEmpty() && cnt.text(2) != null) {
            value = cnt.text(2);
            warnings.add("CNT segment " + number + ": count in the wrong element (+ instead of :)");
        }
        try {
            Integer total = Integer.valueOf(value);
            declaredTotal = declaredTotal == null ? total : declaredTotal;
        } catch (NumberFormatException e) {
            warnings.add("CNT segment " + number + ": unreadable count ignored");
        }
    }

    void trailer(Segment unt, int found) {
        String declared = unt.value(1).strip();
        try {
            if (Integer.parseInt(declared) != found) {
                warnings.add("UNT count " + Integer.parseInt(declared) + " declared, " + found + " found");
            }
        } catch (NumberFormatException e) {
            warnings.add("UNT segment count is not a number");
        }
        String ref = unt.value(2);
        if (header.reference() != null && !header.reference().equals(ref)) {
            warnings.add("UNT message reference does not match UNH");
        }
    }

    ParsedMessage toMessage(List<ParsedLeg> legs, List<ParsedTraveler> travelers) {
        return new ParsedMessage(header.reference(), header.type(), header.commonAccessReference(),
                header.partNumber(), header.firstPart(), header.lastPart(), documentCode, documentQualifier, kind,
                transactionReference, reportingParty, legs, travelers, declaredTotal, warnings);
    }
}
