package org.opentvs.manifest.control.paxlst;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link PaxlstParser#parse} (normalize + tokenize + map, from the raw file) against plain StAEDI
 * tokenizing of the already normalized bytes, in the same run. Run from the project root:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main PaxlstParse -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PaxlstParseBenchmark {

    @Param({"gtas-Test3-passengers-d02b-part01C.edi", "ediclean-A-typeb-header-wrapped64-part02-pax.txt"})
    public String file;

    private final PaxlstParser parser = new PaxlstParser();
    private final EDIInputFactory factory = SegmentTokenizer.newFactory();
    private byte[] raw;
    private byte[] normalized;

    @Setup
    public void load() throws Exception {
        Path dir = Path.of(System.getProperty("opentvs.shared.data", "../shared/data"), "paxlst");
        raw = Files.readAllBytes(dir.resolve(file));
        normalized = new EdifactNormalizer().normalize(raw).tokenizerInput();
    }

    @Benchmark
    public ParsedInterchange parse() throws PaxlstException {
        return parser.parse(raw);
    }

    @Benchmark
    public void staediTokenize(Blackhole bh) throws Exception {
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(normalized), "UTF-8")) {
            while (reader.hasNext()) {
                bh.consume(reader.next());
            }
        }
    }

    @Benchmark
    public void staediTokenizeWithText(Blackhole bh) throws Exception {
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(normalized), "UTF-8")) {
            while (reader.hasNext()) {
                if (reader.next() == EDIStreamEvent.ELEMENT_DATA) {
                    bh.consume(reader.getText());
                }
            }
        }
    }
}
