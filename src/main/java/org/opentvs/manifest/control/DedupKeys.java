package org.opentvs.manifest.control;

import org.opentvs.manifest.control.paxlst.ParsedDocument;
import org.opentvs.manifest.control.paxlst.ParsedTraveler;
import org.opentvs.platform.control.Sha256;

/**
 * The identity of a traveler within a flight, so later parts and re-transmissions update rather
 * than double: the unique passenger reference (RFF ABO), else document + issuing country + date of
 * birth, else name + date of birth + role.
 */
public final class DedupKeys {

    private DedupKeys() {
    }

    public static String of(ParsedTraveler t) {
        String key = raw(t);
        return key.length() <= 200 ? key : "SHA:" + Sha256.hex(key);
    }

    private static String raw(ParsedTraveler t) {
        if (t.reference() != null && !t.reference().isBlank()) {
            return "ABO:" + t.reference().trim().toUpperCase();
        }
        ParsedDocument doc = t.documents().stream().filter(d -> d.number() != null && !d.number().isBlank()).findFirst().orElse(null);
        if (doc != null) {
            return "DOC:" + doc.number().trim().toUpperCase() + "|" + nullToEmpty(doc.issuingCountry()) + "|" + t.dateOfBirth();
        }
        return "NAME:" + t.role() + "|" + t.familyName() + "|" + nullToEmpty(t.givenNames()) + "|" + t.dateOfBirth();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.trim().toUpperCase();
    }
}
