package org.opentvs.manifest.control.paxlst;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.opentvs.manifest.entity.TravelerRole;

/**
 * One legacy PDT segment:
 * {@code PDT+<doc type>/<doc number>:<expiry>:<issuer alpha-2>+<surname>:<first>:<middle>:<DOB>:<sex>+<PAX|CRW>+<from>:<to>}.
 * The issuing country is converted to alpha-3 and, as the format has no nationality, also used as nationality.
 */
final class LegacyTraveler {

    private final PaxlstDates dates;

    LegacyTraveler(PaxlstDates dates) {
        this.dates = dates;
    }

    ParsedTraveler map(Segment pdt, int number) throws PaxlstException {
        List<String> warnings = new ArrayList<>(1);
        TravelerFields f = new TravelerFields();
        f.familyName = Names.upper(pdt.text(2, 1));
        if (f.familyName == null) {
            throw new PaxlstException("traveler without a family name", "PDT", number);
        }
        f.givenNames = joined(pdt.text(2, 2), pdt.text(2, 3));
        Names.checkReadable(f.familyName, f.givenNames, warnings);
        String type = pdt.value(3).strip().toUpperCase(Locale.ROOT);
        f.role = type.startsWith("CR") ? TravelerRole.CREW : TravelerRole.PASSENGER;
        f.dateOfBirth = date(() -> dates.birth(pdt.value(2, 4)), number, warnings);
        String sex = Names.upper(pdt.text(2, 5));
        f.sex = sex != null && sex.matches("[MFUX]") ? sex : null;
        f.embarkation = airport(pdt.text(4, 1));
        f.debarkation = airport(pdt.text(4, 2));
        ParsedDocument document = document(pdt, number, warnings);
        if (document.issuingCountry() != null) {
            f.nationality = document.issuingCountry();
            warnings.add("nationality missing (legacy format); taken from the document issuing country");
        }
        return f.toTraveler(List.of(document), warnings);
    }

    private ParsedDocument document(Segment pdt, int number, List<String> warnings) {
        String doc = pdt.value(1, 1).strip().toUpperCase(Locale.ROOT);
        int slash = doc.indexOf('/');
        String type = slash > 0 ? doc.substring(0, slash) : null;
        String docNumber = slash >= 0 ? doc.substring(slash + 1) : doc;
        String issuer = alpha3(Names.upper(pdt.text(1, 3)), warnings);
        return new ParsedDocument(type, docNumber.isEmpty() ? null : docNumber, issuer,
                date(() -> dates.expiry(pdt.value(1, 2)), number, warnings), null);
    }

    static String airport(String location) {
        if (location == null) {
            return null;
        }
        String l = location.toUpperCase(Locale.ROOT);
        return l.length() == 5 ? l.substring(2) : l;
    }

    private static String alpha3(String code, List<String> warnings) {
        if (code == null || code.length() != 2) {
            return code;
        }
        try {
            String alpha3 = new Locale("", code).getISO3Country();
            if (!alpha3.isEmpty()) {
                return alpha3;
            }
        } catch (MissingResourceException e) {
            // unknown code: reported below
        }
        warnings.add("unknown issuing country code kept as sent");
        return code;
    }

    private static String joined(String first, String middle) {
        String given = first == null ? middle : middle == null ? first : first + " " + middle;
        return Names.upper(given);
    }

    private static <T> T date(java.util.function.Supplier<T> parse, int number, List<String> warnings) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            warnings.add("PDT segment " + number + ": unreadable date ignored");
            return null;
        }
    }
}
