package org.opentvs.manifest.control.paxlst;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opentvs.manifest.entity.TravelerRole;

/**
 * Collects one SG4 traveler group (NAD FL/DDU/FM/DDT and the segments up to the next NAD), in any
 * order real carriers send them. Unreadable optional values become null with a warning.
 */
final class TravelerAssembler {

    private final PaxlstDates dates;
    final TravelerFields f = new TravelerFields();
    private final List<DocumentAssembler> documents = new ArrayList<>(2);
    private final List<String> warnings = new ArrayList<>(0);
    private DocumentAssembler document;

    TravelerAssembler(Segment nad, int number, PaxlstDates dates) throws PaxlstException {
        this.dates = dates;
        String qualifier = nad.value(1).strip();
        f.role = qualifier.equals("FM") || qualifier.equals("DDT") ? TravelerRole.CREW : TravelerRole.PASSENGER;
        f.inTransit = qualifier.startsWith("DD");
        f.familyName = Names.upper(nad.text(4, 1));
        if (f.familyName == null) {
            throw new PaxlstException("traveler without a family name", "NAD", number);
        }
        f.givenNames = Names.given(nad, 4, 2);
        Names.checkReadable(f.familyName, f.givenNames, warnings);
    }

    void accept(Segment s, int number) {
        switch (s.tag()) {
            case "ATT" -> sex(s);
            case "DTM" -> date(s, number);
            case "LOC" -> location(s, number);
            case "NAT" -> f.nationality = upper(s.text(2));
            case "RFF" -> reference(s);
            case "DOC" -> startDocument(s, number);
            case "MEA" -> bags(s, number);
            case "FTX" -> bagTag(s);
            default -> {
                // EMP, GEI, COM, CTA ... carry nothing the model keeps
            }
        }
    }

    ParsedTraveler build() {
        List<ParsedDocument> docs = new ArrayList<>(documents.size());
        for (DocumentAssembler d : documents) {
            docs.add(d.build());
        }
        if (f.nationality == null) {
            f.nationality = fallbackNationality();
        }
        return f.toTraveler(docs, warnings);
    }

    private String fallbackNationality() {
        for (DocumentAssembler d : documents) {
            if (d.issuingCountry() != null && ("P".equals(d.type()) || documents.size() == 1)) {
                warnings.add("nationality missing (no NAT); taken from the document issuing country");
                return d.issuingCountry();
            }
        }
        return null;
    }

    private void sex(Segment s) {
        String sex = upper(s.text(3));
        if (sex != null && !sex.matches("[MFUX]")) {
            warnings.add("ATT: unknown gender code ignored");
            sex = null;
        }
        f.sex = sex;
    }

    private void date(Segment s, int number) {
        String qualifier = s.value(1, 1).strip();
        String value = s.value(1, 2);
        try {
            switch (qualifier) {
                case "329" -> f.dateOfBirth = dates.birth(value);
                case "36" -> onDocument(number, "DTM 36").expiry = dates.expiry(value);
                case "182" -> onDocument(number, "DTM 182").issued = dates.issue(value);
                default -> {
                    // other dates are not kept
                }
            }
        } catch (IllegalArgumentException e) {
            warnings.add("DTM segment " + number + ": unreadable date (qualifier " + qualifier + ") ignored");
        }
    }

    private void location(Segment s, int number) {
        String qualifier = s.value(1).strip();
        String code = upper(s.text(2, 1));
        switch (qualifier) {
            case "174" -> f.residenceCountry = code;
            case "178" -> f.embarkation = code;
            case "179" -> f.debarkation = code;
            case "180" -> f.birthPlace = s.text(2, 4) != null ? upper(s.text(2, 4)) : code;
            case "91" -> onDocument(number, "LOC 91").issuingCountry = code;
            default -> {
                // 22 (clearance airport) and others are not kept
            }
        }
    }

    private void reference(Segment s) {
        String value = s.text(1, 2);
        switch (s.value(1, 1).strip()) {
            case "AVF" -> f.reservation = upper(value);
            case "ABO" -> f.reference = value;
            case "SEA" -> f.seat = value == null ? null : upper(value.replaceFirst("^0+(?=\\d)", ""));
            default -> {
                // AEA, CR, YZY ... are agency specific
            }
        }
    }

    private void startDocument(Segment s, int number) {
        String type = upper(s.text(1, 1));
        String docNumber = upper(s.text(2, 1));
        document = new DocumentAssembler(type, docNumber);
        documents.add(document);
        if (docNumber == null) {
            warnings.add("DOC segment " + number + ": document without a number");
        }
    }

    private DocumentAssembler onDocument(int number, String what) {
        if (document == null) {
            warnings.add(what + " at segment " + number + " before any DOC; ignored");
            return new DocumentAssembler(null, null);
        }
        return document;
    }

    private void bags(Segment s, int number) {
        if (!"CT".equals(s.value(1).strip())) {
            return;
        }
        String count = s.value(3, 2).strip();
        try {
            f.checkedBags = count.isEmpty() ? null : Integer.valueOf(count);
        } catch (NumberFormatException e) {
            warnings.add("MEA segment " + number + ": unreadable bag count ignored");
        }
    }

    private void bagTag(Segment s) {
        String tag = upper(s.text(4, 1));
        if ("BAG".equals(s.value(1).strip()) && tag != null && !tag.equals("NULL")) {
            f.bagTags.add(tag);
        }
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
