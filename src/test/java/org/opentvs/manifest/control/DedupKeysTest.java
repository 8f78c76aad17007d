package org.opentvs.manifest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.manifest.control.paxlst.ParsedDocument;
import org.opentvs.manifest.control.paxlst.ParsedTraveler;
import org.opentvs.manifest.entity.TravelerRole;

class DedupKeysTest {

    private static ParsedTraveler traveler(String family, String reference, List<ParsedDocument> documents) {
        return new ParsedTraveler(TravelerRole.PASSENGER, false, family, "ANN", LocalDate.of(1990, 5, 6), "F", "CAN", null, null, null,
                null, reference, null, null, documents, List.of(), null, List.of());
    }

    @Test
    void thePassengerReferenceWinsThenTheDocumentThenTheName() {
        ParsedDocument passport = new ParsedDocument("P", "ab123", "CAN", null, null);
        assertEquals("ABO:X77", DedupKeys.of(traveler("LEE", " x77 ", List.of(passport))));
        assertEquals("DOC:AB123|CAN|1990-05-06", DedupKeys.of(traveler("LEE", null, List.of(passport))));
        assertEquals(DedupKeys.of(traveler("LEE", null, List.of(passport))), DedupKeys.of(traveler("LEE-CHANGED", "", List.of(passport))),
                "a corrected name does not make a second traveler");
        assertTrue(DedupKeys.of(traveler("LEE", null, List.of())).startsWith("NAME:"));
        assertNotEquals(DedupKeys.of(traveler("LEE", null, List.of())), DedupKeys.of(traveler("LI", null, List.of())));
    }

    @Test
    void overlongKeysAreHashedToFitTheColumn() {
        String key = DedupKeys.of(traveler("X".repeat(300), null, List.of()));
        assertTrue(key.startsWith("SHA:") && key.length() <= 200, key);
    }
}
