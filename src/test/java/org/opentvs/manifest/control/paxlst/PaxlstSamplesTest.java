package org.opentvs.manifest.control.paxlst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentvs.manifest.entity.TravelerRole;

/** Every real sample parses and yields at least the travelers GTAS extracts, on the right flight. */
class PaxlstSamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ediclean-A, 1, A9, 2707, VIE, VIE, PASSENGER",
            "ediclean-B, 1, B2, 740, VIE, FRA, PASSENGER",
            "ediclean-C, 3, B2, 740, VIE, FRA, PASSENGER",
            "ediclean-D, 1, FZ, 708, VIE, FRA, PASSENGER",
            "ediclean-E, 3, AT, 123, VIE, FRA, PASSENGER",
            "ediclean-F, 1, TK, 334, FRA, VIE, CREW",
            "gtas-Test1, 8, UA, 989, FRA, IAD, CREW",
            "gtas-Test3, 260, UA, 989, FRA, IAD, PASSENGER",
            "gtas-airline2, 10, TN, 506, BRE, YEU, PASSENGER",
            "gtas-apisMessage, 2, AA, 123, ATL, ORD, PASSENGER",
            "gtas-legacy, 4, SA, 812, AKL, LAX, PASSENGER",
            "gtas-multiple, 2, QQ, 877, MIA, IAD, PASSENGER"})
    void sampleYieldsTravelersOnTheFlight(String prefix, int minTravelers, String carrier, String number,
            String from, String to, TravelerRole role) throws Exception {
        ParsedInterchange interchange = PaxlstFixtures.sample(prefix);
        assertEquals(1, interchange.messages().size());
        ParsedMessage message = interchange.messages().get(0);
        assertTrue(message.travelers().size() >= minTravelers, "travelers: " + message.travelers().size());
        ParsedLeg leg = message.legs().get(0);
        assertEquals(carrier, leg.carrier());
        assertEquals(number, leg.flightNumber());
        assertEquals(from, leg.departureAirport());
        assertEquals(to, leg.arrivalAirport());
        assertTrue(message.travelers().stream().allMatch(t -> t.role() == role));
        assertTrue(message.travelers().stream().allMatch(t -> t.familyName() != null && !t.familyName().isBlank()));
    }

    @Test
    void everyFileInTheSampleFolderParses() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(PaxlstFixtures.samples())) {
            files = list.filter(p -> !p.getFileName().toString().endsWith(".md")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            ParsedInterchange parsed = PaxlstFixtures.PARSER.parse(Files.readAllBytes(file));
            assertFalse(parsed.messages().get(0).travelers().isEmpty(), file.getFileName().toString());
        }
    }
}
