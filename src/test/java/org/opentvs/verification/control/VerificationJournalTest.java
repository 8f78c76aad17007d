package org.opentvs.verification.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationJournalTest {

    @TempDir
    Path dir;

    private static byte[] entry(int i) {
        return ("entry-" + i).repeat(1 + i % 7).getBytes();
    }

    @Test
    void entriesComeBackInOrderAcrossSegmentsAndAcknowledgedSegmentsGo() throws IOException {
        try (VerificationJournal j = new VerificationJournal(dir, 1 << 20, 200)) {
            for (int g = 0; g < 10; g++) {
                j.append(List.of(entry(3 * g), entry(3 * g + 1), entry(3 * g + 2)));
            }
            assertEquals(30, j.depth());
            assertTrue(segments() > 1, "small segments roll");
            List<byte[]> read = new ArrayList<>();
            while (!j.isEmpty()) {
                List<VerificationJournal.Entry> batch = j.peek(4);
                batch.forEach(e -> read.add(e.payload()));
                j.acknowledge(batch);
            }
            assertEquals(30, read.size());
            for (int i = 0; i < 30; i++) {
                assertArrayEquals(entry(i), read.get(i), "entry " + i);
            }
            assertEquals(0, segments(), "an emptied journal deletes its files");
            assertEquals(0, j.bytes());
            j.append(List.of(entry(99)));
            assertEquals(1, j.depth());
        }
    }

    @Test
    void aReopenedJournalHoldsWhatWasNotAcknowledged() throws IOException {
        try (VerificationJournal j = new VerificationJournal(dir, 1 << 20, 1 << 16)) {
            j.append(List.of(entry(1), entry(2)));
            j.append(List.of(entry(3)));
            j.acknowledge(j.peek(1));
        }
        try (VerificationJournal j = new VerificationJournal(dir, 1 << 20, 1 << 16)) {
            // not acknowledged durably: a reopened journal replays from its start (the rows are keyed, so a repeat adds nothing)
            assertEquals(3, j.depth());
            assertArrayEquals(entry(1), j.peek(1).get(0).payload());
            assertTrue(j.oldestMillis() > 0);
        }
    }

    @Test
    void aTornTailIsCutOffAndADamagedEntryIsNotReadAsData() throws IOException {
        try (VerificationJournal j = new VerificationJournal(dir, 1 << 20, 1 << 16)) {
            j.append(List.of(entry(1), entry(2)));
        }
        Path segment;
        try (Stream<Path> files = Files.list(dir)) {
            segment = files.filter(p -> p.getFileName().toString().startsWith("segment-")).findFirst().orElseThrow();
        }
        long good = Files.size(segment);
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[]{0, 0, 0, 50, 1, 2, 3})); // an append cut short by a crash
        }
        try (VerificationJournal j = new VerificationJournal(dir, 1 << 20, 1 << 16)) {
            assertEquals(2, j.depth());
            assertEquals(good, Files.size(segment), "the torn tail is cut off");
        }
        byte[] bytes = Files.readAllBytes(segment);
        bytes[bytes.length - 1] ^= 0x55; // a flipped bit in the last entry's payload
        Files.write(segment, bytes);
        try (VerificationJournal j = new VerificationJournal(dir, 1 << 20, 1 << 16)) {
            assertEquals(1, j.depth(), "the checksum catches the damaged entry");
        }
    }

    @Test
    void aFullJournalRefusesTheWholeGroup() throws IOException {
        try (VerificationJournal j = new VerificationJournal(dir, 100, 1 << 16)) {
            j.append(List.of(new byte[30]));
            assertThrows(VerificationJournal.FullException.class, () -> j.append(List.of(new byte[30], new byte[30])));
            assertEquals(1, j.depth(), "nothing of the refused group counts");
            j.acknowledge(j.peek(10));
            j.append(List.of(new byte[30], new byte[30]));
            assertEquals(2, j.depth());
        }
    }

    private long segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("segment-")).count();
        }
    }
}
