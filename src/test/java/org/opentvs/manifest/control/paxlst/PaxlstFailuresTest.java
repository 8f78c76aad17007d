package org.opentvs.manifest.control.paxlst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentvs.manifest.control.paxlst.PaxlstFixtures.MESSAGE;
import static org.opentvs.manifest.control.paxlst.PaxlstFixtures.interchange;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input where the data would be meaningless fails with a clear, PII-free PaxlstException. */
class PaxlstFailuresTest {

    private static PaxlstException failure(String text) {
        return assertThrows(PaxlstException.class,
                () -> PaxlstFixtures.PARSER.parse(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \r\n", "Hello, this is not a manifest.", "{\"flight\":\"UA123\",\"pax\":[]}",
            "<paxlst><UNB/></paxlst>"})
    void noPaxlstMessage(String text) {
        PaxlstException e = failure(text);
        assertNull(e.segmentTag());
        assertEquals(0, e.segmentNumber());
        assertTrue(e.getMessage().startsWith("no PAXLST message found"), e.getMessage());
    }

    @Test
    void nullInput() {
        PaxlstException e = assertThrows(PaxlstException.class, () -> PaxlstFixtures.PARSER.parse(null));
        assertNull(e.segmentTag());
    }

    @Test
    void interchangeWithOnlyAnotherMessageType() {
        PaxlstException e = failure(interchange("UNH+1+CUSRES:D:05B:UN:IATA'BGM+962'UNT+2+1'"));
        assertNull(e.segmentTag());
        assertTrue(e.getMessage().contains("no PAXLST message"));
    }

    @Test
    void messageWithoutBgm() {
        PaxlstException e = failure(interchange(MESSAGE.replace("BGM+745'", "")));
        assertEquals("BGM", e.segmentTag());
        assertEquals(0, e.segmentNumber());
        assertEquals("BGM: message has no BGM segment", e.getMessage());
    }

    @Test
    void messageWithoutFlight() {
        String noFlight = MESSAGE.replace("TDT+20+XX100+++XX'", "");
        PaxlstException e = failure(interchange(noFlight));
        assertEquals("TDT", e.segmentTag());
        assertTrue(e.getMessage().contains("no TDT"));
    }

    @Test
    void travelerWithoutFamilyName() {
        PaxlstException e = failure(interchange(MESSAGE.replace("NAD+FL+++DOE:JANE", "NAD+FL+++:JANE")));
        assertEquals("NAD", e.segmentTag());
        assertEquals(9, e.segmentNumber());
        assertEquals("NAD segment 9: traveler without a family name", e.getMessage());
        assertFalse(e.getMessage().contains("JANE"));
    }

    @Test
    void unreadableDepartureDate() {
        PaxlstException e = failure(interchange(MESSAGE.replace("DTM+189:2108271450:201", "DTM+189:21AUG27:201")));
        assertEquals("DTM", e.segmentTag());
        assertEquals(6, e.segmentNumber());
        assertFalse(e.getMessage().contains("21AUG27"));
    }

    @Test
    void impossibleDepartureTime() {
        PaxlstException e = failure(interchange(MESSAGE.replace("DTM+189:2108271450:201", "DTM+189:2113271450:201")));
        assertEquals("DTM", e.segmentTag());
        assertEquals(6, e.segmentNumber());
    }

    @Test
    void legacyTravelerWithoutFamilyName() {
        String text = "UNB+UNOA:1+AIR:NZ+USCS:US+020131:2359+1'UNH+1+PAXLST:001:000:NZ+SA812/020131/2300'"
                + "TDT++SA812+40+SA'LOC+005+NZAKL:50'DTM+136+020131+1030+M05'PDT+P/E1:980831:IE+:KRIS:::F+PAX'"
                + "UNT+6+1'UNZ+1+1'";
        PaxlstException e = failure(text);
        assertEquals("PDT", e.segmentTag());
        assertEquals(5, e.segmentNumber());
    }
}
