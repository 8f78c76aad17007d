package org.opentvs.manifest.control.paxlst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.manifest.entity.ManifestKind;
import org.opentvs.manifest.entity.TravelerRole;

/** Concrete field values read from the real samples (values checked by hand against the files). */
class PaxlstSampleValuesTest {

    @Test
    void typeBWrappedMessageKeepsValuesSplitAcrossLines() throws Exception {
        ParsedInterchange interchange = PaxlstFixtures.sample("ediclean-A");
        ParsedMessage message = interchange.messages().get(0);
        assertEquals(47, message.declaredTotal(), "CNT+42:4<CRLF>7");
        assertEquals("A92707/210713/1200", message.commonAccessReference());
        assertEquals(2, message.partNumber());
        assertFalse(message.firstPart());
        assertFalse(message.lastPart());
        assertEquals(LocalDateTime.of(2021, 7, 13, 11, 0), message.legs().get(0).departureLocal());
        ParsedTraveler t = message.travelers().get(0);
        assertEquals("DJEMFISJER", t.familyName());
        assertEquals(LocalDate.of(1993, 4, 8), t.dateOfBirth());
        assertEquals(new ParsedDocument("P", "3DEJ2ED3E", "LIM", LocalDate.of(2028, 9, 7), null), t.documents().get(0));
        assertEquals(List.of(), t.bagTags(), "FTX+BAG+++NULL is no bag");
        assertTrue(interchange.warnings().contains("stripped SITA Type-B header"));
        assertTrue(message.warnings().contains("UNT count 159 declared, 25 found"));
        assertTrue(interchange.normalizedText().startsWith("UNA:+.? 'UNB+UNOA:4+CICA-A9:A9+ABCAPIS:ZZ"));
        assertTrue(interchange.normalizedText().endsWith("UNZ+1+2107130631'"));
    }

    @Test
    void starHashSeparatorsWithBags() throws Exception {
        ParsedMessage message = PaxlstFixtures.sample("ediclean-C").messages().get(0);
        ParsedTraveler t = message.travelers().get(2);
        assertEquals("RDEERF", t.familyName());
        assertEquals("EERFRWDTF", t.givenNames());
        assertEquals(LocalDate.of(1959, 6, 10), t.dateOfBirth());
        assertEquals("M", t.sex());
        assertEquals("AUT", t.nationality());
        assertEquals("17C", t.seat());
        assertEquals("DHOLDH", t.reservation());
        assertEquals(1, t.checkedBags());
        assertEquals(List.of("B2585629"), t.bagTags());
        assertEquals("730087856", t.documents().get(0).number());
    }

    @Test
    void dashSeparatorFinalPartWithMissingIssuingCountry() throws Exception {
        ParsedMessage message = PaxlstFixtures.sample("ediclean-E").messages().get(0);
        assertEquals(16, message.partNumber());
        assertTrue(message.lastPart());
        assertEquals("HELPDESK", message.reportingParty());
        ParsedTraveler last = message.travelers().get(2);
        assertEquals("DSFASDE", last.familyName());
        assertEquals("ADERW ADSRTS", last.givenNames());
        assertNull(last.documents().get(0).issuingCountry());
        assertEquals("ABC", last.nationality());
    }

    @Test
    void crewWithPilotLicence() throws Exception {
        ParsedMessage message = PaxlstFixtures.sample("ediclean-F").messages().get(0);
        assertEquals(ManifestKind.CREW, message.kind());
        assertEquals("250", message.documentCode());
        assertEquals("C", message.documentQualifier());
        assertTrue(message.firstPart() && message.lastPart(), "01 alone is a single part");
        ParsedTraveler t = message.travelers().get(0);
        assertEquals(TravelerRole.CREW, t.role());
        assertEquals("KETI", t.familyName());
        assertEquals("BAKIRKOY", t.birthPlace());
        assertEquals(List.of("P", "L"), t.documents().stream().map(ParsedDocument::type).toList());
        assertEquals(LocalDate.of(2036, 1, 1), t.documents().get(1).expiry());
    }

    @Test
    void lowerCaseCrewNamesAreUpperCased() throws Exception {
        ParsedInterchange interchange = PaxlstFixtures.sample("gtas-Test1");
        assertEquals("APIS*C3K", interchange.sender(), "no UNA: '*' is not a repetition separator");
        ParsedMessage message = interchange.messages().get(0);
        assertEquals(8, message.declaredTotal(), "malformed CNT+41+8");
        ParsedTraveler t = message.travelers().get(0);
        assertEquals("STEUR", t.familyName());
        assertEquals("ANDREA PAT", t.givenNames());
        assertEquals(LocalDate.of(1978, 7, 6), t.dateOfBirth());
        assertEquals("HARTFORD USA", t.birthPlace());
        assertEquals(LocalDate.of(2061, 2, 18), t.documents().get(0).expiry());
    }

    @Test
    void largeFirstPartAndUndecodableByte() throws Exception {
        ParsedInterchange interchange = PaxlstFixtures.sample("gtas-Test3");
        ParsedMessage message = interchange.messages().get(0);
        assertEquals("DELTA GLOBAL ASSISTANCE", message.reportingParty(), "blank UNA position 5 is no repetition");
        assertTrue(message.firstPart());
        assertFalse(message.lastPart());
        assertEquals(260, message.travelers().size());
        ParsedTraveler last = message.travelers().get(259);
        assertEquals("PFAFFELHUBER", last.familyName());
        assertEquals(LocalDate.of(1978, 7, 5), last.dateOfBirth());
        assertEquals("GBR", last.nationality());
        ParsedTraveler damaged = message.travelers().stream().filter(t -> t.familyName().startsWith("NOV")).findFirst()
                .orElseThrow();
        assertEquals("NOV\ufffdK", damaged.familyName());
        assertFalse(damaged.warnings().isEmpty());
    }

    @Test
    void progressiveFlightLegs() throws Exception {
        ParsedMessage message = PaxlstFixtures.sample("gtas-multiple").messages().get(0);
        assertEquals(3, message.legs().size());
        assertEquals(new ParsedLeg("QQ", "827", "IAD", LocalDateTime.of(2008, 8, 10, 18, 30), "JFK",
                LocalDateTime.of(2008, 8, 10, 19, 30), true), message.legs().get(1));
        assertFalse(message.legs().get(2).progressive());
        assertEquals("CDG", message.legs().get(2).arrivalAirport());
        assertEquals("BART34567890", message.transactionReference());
        ParsedTraveler t = message.travelers().get(1);
        assertEquals("LANG", t.familyName());
        assertEquals("ABC124", t.reference());
        assertEquals("TRQWE99800", t.documents().get(0).number());
    }

    @Test
    void realRepetitionSeparatorAndTravelersWithoutDocuments() throws Exception {
        ParsedMessage message = PaxlstFixtures.sample("gtas-apisMessage").messages().get(0);
        assertEquals(2, message.legs().size());
        assertEquals("JFK", message.legs().get(1).arrivalAirport());
        ParsedTraveler t = message.travelers().get(1);
        assertEquals("CLARK", t.familyName());
        assertEquals("CHERYL", t.givenNames());
        assertEquals(LocalDate.of(1973, 4, 7), t.dateOfBirth());
        assertTrue(t.documents().isEmpty());
    }

    @Test
    void legacyFormatWithReleasedApostrophe() throws Exception {
        ParsedMessage message = PaxlstFixtures.sample("gtas-legacy").messages().get(0);
        assertEquals("PAXLST:001:000:NZ", message.messageType());
        assertEquals("FRED SAMPLES", message.reportingParty());
        assertEquals(LocalDateTime.of(2002, 1, 31, 10, 30), message.legs().get(0).departureLocal());
        ParsedTraveler t = message.travelers().get(3);
        assertEquals("O'LEARY", t.familyName());
        assertEquals("KRIS ANN", t.givenNames());
        assertEquals(LocalDate.of(1933, 12, 31), t.dateOfBirth());
        assertEquals("F", t.sex());
        assertEquals("IRL", t.nationality());
        assertEquals(new ParsedDocument("P", "E54321A", "IRL", LocalDate.of(1998, 8, 31), null), t.documents().get(0));
    }

    @Test
    void malformedUngAndDollarTerminator() throws Exception {
        ParsedInterchange interchange = PaxlstFixtures.sample("gtas-airline2");
        assertTrue(interchange.warnings().contains("removed blank after segment tag UNG"));
        ParsedMessage message = interchange.messages().get(0);
        assertEquals(10, message.partNumber());
        assertTrue(message.lastPart());
        assertEquals("LOWE", message.travelers().get(9).familyName());
        assertEquals("153284238", message.travelers().get(9).documents().get(0).number());
    }
}
