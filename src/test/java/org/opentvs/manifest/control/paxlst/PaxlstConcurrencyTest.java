package org.opentvs.manifest.control.paxlst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One parser instance shared by several threads gives the same result as a single thread. */
class PaxlstConcurrencyTest {

    @Test
    void sharedParserIsThreadSafe() throws Exception {
        byte[] large = Files.readAllBytes(PaxlstFixtures.samples().resolve("gtas-Test3-passengers-d02b-part01C.edi"));
        byte[] small = PaxlstFixtures.interchange(PaxlstFixtures.MESSAGE).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ParsedInterchange expectedLarge = PaxlstFixtures.PARSER.parse(large);
        ParsedInterchange expectedSmall = PaxlstFixtures.PARSER.parse(small);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParsedInterchange>> large4 = new ArrayList<>();
            List<Future<ParsedInterchange>> small4 = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                large4.add(pool.submit(() -> PaxlstFixtures.PARSER.parse(large)));
                small4.add(pool.submit(() -> PaxlstFixtures.PARSER.parse(small)));
            }
            for (int i = 0; i < 16; i++) {
                assertEquals(expectedLarge, large4.get(i).get());
                assertEquals(expectedSmall, small4.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
