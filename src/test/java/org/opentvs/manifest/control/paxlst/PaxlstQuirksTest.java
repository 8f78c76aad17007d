package org.opentvs.manifest.control.paxlst;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentvs.manifest.control.paxlst.PaxlstFixtures.MESSAGE;
import static org.opentvs.manifest.control.paxlst.PaxlstFixtures.firstTraveler;
import static org.opentvs.manifest.control.paxlst.PaxlstFixtures.interchange;
import static org.opentvs.manifest.control.paxlst.PaxlstFixtures.parse;
import static org.opentvs.manifest.control.paxlst.PaxlstFixtures.parseMessage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.manifest.entity.ManifestKind;
import org.opentvs.manifest.entity.TravelerRole;

/** One small inline message per quirk of real traffic. */
class PaxlstQuirksTest {

    @Test
    void minimalMessageMapsEveryField() {
        ParsedInterchange parsed = parse(interchange(MESSAGE));
        assertEquals("SENDER", parsed.sender());
        assertEquals("CBPAPIS", parsed.recipient());
        assertEquals("REF1", parsed.controlReference());
        assertEquals("UNOA:4", parsed.syntax());
        assertEquals(List.of(), parsed.warnings());
        ParsedMessage m = parsed.messages().get(0);
        assertEquals(List.of(), m.warnings());
        assertEquals(ManifestKind.PASSENGER, m.kind());
        assertEquals(new ParsedLeg("XX", "100", "VIE", LocalDateTime.of(2021, 8, 27, 14, 50), "JFK",
                LocalDateTime.of(2021, 8, 27, 17, 40), false), m.legs().get(0));
        ParsedTraveler t = m.travelers().get(0);
        assertEquals("DOE", t.familyName());
        assertEquals("JANE", t.givenNames());
        assertEquals(LocalDate.of(1980, 1, 1), t.dateOfBirth());
        assertEquals(new ParsedDocument("P", "P1234567", "AUT", LocalDate.of(2030, 1, 1), null), t.documents().get(0));
    }

    @Test
    void releaseCharacters() {
        ParsedTraveler t = firstTraveler(interchange(MESSAGE.replace("DOE:JANE", "O?'LEARY:ANN?+MARIE?:X??Y")));
        assertEquals("O'LEARY", t.familyName());
        assertEquals("ANN+MARIE:X?Y", t.givenNames());
    }

    @Test
    void customSeparatorsStarHash() {
        String text = interchange(MESSAGE).replace('+', '*').replace('\'', '#');
        ParsedMessage m = parseMessage(text);
        assertEquals("DOE", m.travelers().get(0).familyName());
        assertEquals("VIE", m.legs().get(0).departureAirport());
    }

    @Test
    void customSeparatorsDashAndDollar() {
        assertEquals("JANE", firstTraveler(interchange(MESSAGE).replace('+', '-')).givenNames());
        String dollar = interchange(MESSAGE).replace('+', '*').replace('\'', '$').replace("UNA:*.? $", "UNA:*.? $\r\n");
        assertEquals("JANE", firstTraveler(dollar).givenNames());
    }

    @Test
    void blankRepetitionSeparatorKeepsBlanksAndStars() {
        String text = interchange(MESSAGE.replace("NAD+MS+++DESK", "NAD+MS+++DELTA GLOBAL ASSISTANCE")
                .replace("DOE:JANE", "VAN DER BERG*SMITH:ANNA MARIA"));
        ParsedMessage m = parseMessage(text);
        assertEquals("DELTA GLOBAL ASSISTANCE", m.reportingParty());
        assertEquals("VAN DER BERG*SMITH", m.travelers().get(0).familyName());
        assertEquals("ANNA MARIA", m.travelers().get(0).givenNames());
    }

    @Test
    void noUnaWithSyntax4HasNoRepetitionSeparator() {
        String text = "UNB+UNOA:4+APIS*ABE+CBP+210827:1137+REF1++APIS'"
                + MESSAGE.replace("ATT+2++F", "ATT+2++F*M") + "UNZ+1+REF1'";
        ParsedInterchange parsed = parse(text);
        assertEquals("APIS*ABE", parsed.sender());
        assertEquals(null, parsed.messages().get(0).travelers().get(0).sex(), "F*M is no gender code");
    }

    @Test
    void realRepetitionSeparatorTakesFirstOccurrence() {
        String text = interchange(MESSAGE.replace("ATT+2++F", "ATT+2++F*M")).replace("UNA:+.? '", "UNA:+.?*'");
        assertEquals("F", firstTraveler(text).sex());
    }

    @Test
    void lineWrappedTypeBWithHeaderAndFooter() {
        String edi = interchange(MESSAGE);
        StringBuilder wrapped = new StringBuilder("\u0001QP HDQCRA9\r\n.HDQCRA9 130631\r\n\u0002");
        for (int i = 0; i < edi.length(); i += 64) {
            wrapped.append(edi, i, Math.min(edi.length(), i + 64)).append("\r\n");
        }
        wrapped.append("\u0003\r\n\r\nEmail secured by Antivirus\r\n\f");
        ParsedInterchange parsed = parse(wrapped.toString());
        assertTrue(parsed.warnings().contains("stripped SITA Type-B header"), parsed.warnings().toString());
        assertTrue(parsed.warnings().stream().anyMatch(w -> w.contains("inside segments")));
        assertTrue(parsed.warnings().stream().anyMatch(w -> w.contains("after the interchange")));
        assertEquals(edi, parsed.normalizedText());
        assertEquals("P1234567", parsed.messages().get(0).travelers().get(0).documents().get(0).number());
    }

    @Test
    void lineBreakInsideTagAndValue() {
        String text = interchange(MESSAGE).replace("UNH+", "U\r\nNH+").replace("CNT+42:1", "CNT+42:\r\n1");
        ParsedMessage m = parseMessage(text);
        assertEquals("M1", m.messageReference());
        assertEquals(1, m.declaredTotal());
    }

    @Test
    void multiPartFlags() {
        assertPart("01:C", 1, true, false);
        assertPart("02", 2, false, false);
        assertPart("10:F", 10, false, true);
        assertPart("01", 1, true, true);
        ParsedMessage absent = parseMessage(interchange(MESSAGE.replace("+01:F'", "'")));
        assertEquals(1, absent.partNumber());
        assertTrue(absent.firstPart() && absent.lastPart());
    }

    private static void assertPart(String s010, int number, boolean first, boolean last) {
        ParsedMessage m = parseMessage(interchange(MESSAGE.replace("+01:F'", "+" + s010 + "'")));
        assertEquals(number, m.partNumber(), s010);
        assertEquals(first, m.firstPart(), s010);
        assertEquals(last, m.lastPart(), s010);
    }

    @Test
    void documentKinds() {
        assertKind("BGM+266+CLOB", "266", "CLOB", ManifestKind.CLOSE_OUT);
        assertKind("BGM+266+CLNB", "266", "CLNB", ManifestKind.CLOSE_OUT);
        assertKind("BGM+745+CP", "745", "CP", ManifestKind.CHANGE);
        assertKind("BGM+745+XR", "745", "XR", ManifestKind.CANCELLATION);
        assertKind("BGM+250+C", "250", "C", ManifestKind.CREW);
        assertKind("BGM+336+G", "336", "G", ManifestKind.MASTER_CREW_LIST);
        assertKind("BGM+655", "655", null, ManifestKind.GATE_PASS);
    }

    private static void assertKind(String bgm, String code, String qualifier, ManifestKind kind) {
        ParsedMessage m = parseMessage(interchange(MESSAGE.replace("BGM+745", bgm)));
        assertEquals(code, m.documentCode());
        assertEquals(qualifier, m.documentQualifier());
        assertEquals(kind, m.kind());
    }

    @Test
    void roleComesFromNadQualifier() {
        String two = "NAD+FL+++DOE:JANE'NAD+DDT+++ROE:RICK'ATT+2++M'NAD+DDU+++POE:PAM'NAD+FM+++LOE:LEE'";
        ParsedMessage m = parseMessage(interchange(MESSAGE.replace("BGM+745", "BGM+250+C")
                .replace("NAD+FL+++DOE:JANE'", two)));
        List<ParsedTraveler> t = m.travelers();
        assertEquals(List.of(TravelerRole.PASSENGER, TravelerRole.CREW, TravelerRole.PASSENGER, TravelerRole.CREW),
                t.stream().map(ParsedTraveler::role).toList());
        assertEquals(List.of(false, true, true, false), t.stream().map(ParsedTraveler::inTransit).toList());
        assertEquals("LOE", t.get(3).familyName());
        assertEquals("AUT", t.get(3).nationality());
    }

    @Test
    void progressiveLegsWithLoc92() {
        String legs = "TDT+20+XX100+++XX'LOC+92+MIA'DTM+189:2108271450:201'LOC+92+IAD'DTM+232:2108271600:201'"
                + "LOC+92+IAD'DTM+189:2108271700:201'LOC+92+JFK'DTM+232:2108271800:201'";
        ParsedMessage m = parseMessage(interchange(MESSAGE.replace(
                "TDT+20+XX100+++XX'LOC+125+VIE'DTM+189:2108271450:201'LOC+87+JFK'DTM+232:2108271740:201'", legs)));
        assertEquals(2, m.legs().size());
        assertEquals(new ParsedLeg("XX", "100", "IAD", LocalDateTime.of(2021, 8, 27, 17, 0), "JFK",
                LocalDateTime.of(2021, 8, 27, 18, 0), true), m.legs().get(1));
        assertEquals("MIA", m.legs().get(0).departureAirport());
        assertEquals("IAD", m.legs().get(0).arrivalAirport());
    }

    @Test
    void carrierOnlyInFifthElementAndLeadingZeros() {
        ParsedLeg leg = parseMessage(interchange(MESSAGE.replace("TDT+20+XX100+++XX", "TDT+20+0123+++UA"))).legs().get(0);
        assertEquals("UA", leg.carrier());
        assertEquals("123", leg.flightNumber());
        ParsedLeg other = parseMessage(interchange(MESSAGE.replace("TDT+20+XX100+++XX", "TDT+20+UA0989"))).legs().get(0);
        assertEquals("UA", other.carrier());
        assertEquals("989", other.flightNumber());
    }

    @Test
    void legacyPdtMessage() {
        String text = "UNA:+.? 'UNB+UNOA:1+AIR:NZ+USCS:US+020131:2359+1++CEDIPAX+A+++0'"
                + "UNH+1+PAXLST:001:000:NZ+SA812/020131/2300'CTA+IC+:FRED? SAMPLES'TDT++SA812+40+SA'"
                + "LOC+005+NZAKL:50'DTM+136+020131+1030+M05'LOC+008+USLAX:50'DTM+132+020131+2200+M05'UNS+D'"
                + "PDT+P/E54321A:980831:IE+O?'LEARY:KRIS:ANN:331231:F+PAX+NZAKL:USLAX'"
                + "PDT+P/X1:300101:GB+SMITH:JO::701231:M+CRW+NZAKL:USLAX'UNT+11+1'UNZ+1+1'";
        ParsedMessage m = parseMessage(text);
        assertEquals("SA", m.legs().get(0).carrier());
        assertEquals("812", m.legs().get(0).flightNumber());
        assertEquals(LocalDateTime.of(2002, 1, 31, 22, 0), m.legs().get(0).arrivalLocal());
        assertEquals("O'LEARY", m.travelers().get(0).familyName());
        assertEquals("IRL", m.travelers().get(0).nationality());
        assertEquals(TravelerRole.CREW, m.travelers().get(1).role());
        assertEquals("LAX", m.travelers().get(1).debarkation());
        assertEquals(List.of(), m.warnings());
    }

    @Test
    void wrongUntCountIsAWarning() {
        ParsedInterchange parsed = parse(interchange(MESSAGE.replace("UNT+17+M1", "UNT+5+M1")).replace("UNZ+1", "UNZ+3"));
        assertEquals(List.of("UNT count 5 declared, 17 found"), parsed.messages().get(0).warnings());
        assertTrue(parsed.warnings().contains("UNZ count 3 declared, 1 found"));
    }

    @Test
    void bareMessageWithoutEnvelope() {
        ParsedInterchange parsed = parse("\r\n" + MESSAGE + "\r\n");
        assertNull(parsed.sender());
        assertEquals("DOE", parsed.messages().get(0).travelers().get(0).familyName());
        assertTrue(parsed.warnings().stream().anyMatch(w -> w.contains("no UNB")));
        assertEquals(MESSAGE, parsed.normalizedText());
    }

    @Test
    void severalMessagesInOneInterchange() {
        String second = MESSAGE.replace("M1", "M2").replace("+01:F'", "+02:F'").replace("DOE:JANE", "ROE:RICK");
        ParsedInterchange parsed = parse(PaxlstFixtures.HEADER + MESSAGE.replace("+01:F'", "+01:C'") + second
                + "UNZ+2+REF1'");
        assertEquals(2, parsed.messages().size());
        assertEquals("ROE", parsed.messages().get(1).travelers().get(0).familyName());
        assertEquals(List.of(), parsed.warnings());
    }

    @Test
    void utf8WhenUnbSaysUnow() throws Exception {
        String text = interchange(MESSAGE.replace("DOE:JANE", "MÜLLER:ZOË")).replace("UNOA:4", "UNOW:4");
        ParsedTraveler t = PaxlstFixtures.PARSER.parse(text.getBytes(StandardCharsets.UTF_8)).messages().get(0)
                .travelers().get(0);
        assertEquals("MÜLLER", t.familyName());
        assertEquals("ZOË", t.givenNames());
        assertEquals("YYÉ", firstTraveler(interchange(MESSAGE.replace("DOE:JANE", "ALI:yyé"))).givenNames());
    }

    @Test
    void junkDatesAndAlternativeFormats() {
        ParsedMessage m = parseMessage(interchange(MESSAGE.replace("DTM+36:300101", "DTM+36:")
                .replace("DTM+232:2108271740:201", "DTM+232: 2108271740:201")
                .replace("DTM+329:800101", "DTM+329:19350919:102")));
        ParsedTraveler t = m.travelers().get(0);
        assertNull(t.documents().get(0).expiry());
        assertEquals(LocalDate.of(1935, 9, 19), t.dateOfBirth());
        assertEquals(LocalDateTime.of(2021, 8, 27, 17, 40), m.legs().get(0).arrivalLocal());
        ParsedTraveler bad = firstTraveler(interchange(MESSAGE.replace("DTM+329:800101", "DTM+329:80XX01")));
        assertNull(bad.dateOfBirth());
        assertEquals(List.of("DTM segment 11: unreadable date (qualifier 329) ignored"), bad.warnings());
    }

    @Test
    void nationalityFallsBackToIssuingCountry() {
        ParsedTraveler t = firstTraveler(interchange(MESSAGE.replace("NAT+2+AUT'", "").replace("UNT+17", "UNT+16")));
        assertEquals("AUT", t.nationality());
        assertEquals(1, t.warnings().size());
        assertTrue(t.warnings().get(0).startsWith("nationality missing"));
    }

    @Test
    void bagPlaceholderIsNotABag() {
        ParsedTraveler t = firstTraveler(interchange(MESSAGE.replace("ATT+2++F'", "ATT+2++F'MEA+CT++:2'FTX+BAG+++NULL'")
                .replace("UNT+17", "UNT+19")));
        assertEquals(List.of(), t.bagTags());
        assertEquals(2, t.checkedBags());
        ParsedTraveler bag = firstTraveler(interchange(MESSAGE.replace("ATT+2++F'", "ATT+2++F'FTX+BAG+++LH123456:1'")));
        assertEquals(List.of("LH123456"), bag.bagTags());
    }

    @Test
    void blanksBetweenSegmentsAndAfterTag() {
        String text = " " + interchange(MESSAGE).replace("'", "'  \n ").replace("BGM+745", "BGM  +745");
        ParsedInterchange parsed = assertDoesNotThrow(() -> PaxlstFixtures.PARSER.parse(text.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("745", parsed.messages().get(0).documentCode());
        assertTrue(parsed.warnings().contains("removed blank after segment tag BGM"));
        assertFalse(parsed.normalizedText().contains("\n"));
    }
}
