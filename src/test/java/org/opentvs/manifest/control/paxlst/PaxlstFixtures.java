package org.opentvs.manifest.control.paxlst;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Shared test inputs: a fixed clock, a minimal valid message, and the shared sample folder. */
final class PaxlstFixtures {

    static final PaxlstParser PARSER = new PaxlstParser(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

    static final String HEADER = "UNA:+.? 'UNB+UNOA:4+SENDER:ZZ+CBPAPIS:ZZ+210827:1137+REF1++APIS'";

    /** UNH..UNT of a one-passenger message with 17 segments; placeholders are replaced by callers. */
    static final String MESSAGE = "UNH+M1+PAXLST:D:05B:UN:IATA+XX100/210827/1450+01:F'BGM+745'NAD+MS+++DESK'"
            + "TDT+20+XX100+++XX'LOC+125+VIE'DTM+189:2108271450:201'LOC+87+JFK'DTM+232:2108271740:201'"
            + "NAD+FL+++DOE:JANE'ATT+2++F'DTM+329:800101'NAT+2+AUT'DOC+P:110:111+P1234567'DTM+36:300101'"
            + "LOC+91+AUT'CNT+42:1'UNT+17+M1'";

    static final String TRAILER = "UNZ+1+REF1'";

    private PaxlstFixtures() {
    }

    static String interchange(String message) {
        return HEADER + message + TRAILER;
    }

    static ParsedInterchange parse(String text) {
        return assertDoesNotThrow(() -> PARSER.parse(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    static ParsedMessage parseMessage(String text) {
        return parse(text).messages().get(0);
    }

    static ParsedTraveler firstTraveler(String text) {
        return parseMessage(text).travelers().get(0);
    }

    /** The shared sample folder, or skips the test when it is not there. */
    static Path samples() {
        Path dir = Optional.ofNullable(System.getProperty("opentvs.shared.data")).map(d -> Path.of(d, "paxlst"))
                .orElse(Path.of("../shared/data/paxlst"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared PAXLST samples not available");
        return dir;
    }

    static ParsedInterchange sample(String prefix) throws Exception {
        try (var files = Files.list(samples())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("sample missing: " + prefix));
            return PARSER.parse(Files.readAllBytes(file));
        }
    }
}
