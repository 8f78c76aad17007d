package org.opentvs.crossing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportDirectoryTest {

    @TempDir
    Path root;

    private List<Path> files(String destination) throws IOException {
        try (Stream<Path> list = Files.list(root.resolve(destination))) {
            return list.toList();
        }
    }

    @Test
    void aRetriedBatchIsNotWrittenTwiceButAnotherBatchWithTheSameNumberIs() throws IOException {
        ExportDirectory exports = new ExportDirectory(root);
        OutboxBatches.Batch batch = new OutboxBatches.Batch(7, "ADIS", List.of("{\"a\":1}", "{\"b\":2}"));
        exports.write(batch);
        exports.write(batch);
        assertEquals(1, files("ADIS").size());
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}"), Files.readAllLines(files("ADIS").get(0)));
        exports.write(new OutboxBatches.Batch(7, "ADIS", List.of("{\"c\":3}")));
        assertEquals(2, files("ADIS").size(), "a reset database reuses numbers: different content is a different file");
        assertEquals(0, files("ADIS").stream().filter(p -> p.toString().endsWith(".tmp")).count());
    }
}
