package org.opentvs.verification.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The segment files of a {@link VerificationJournal} and the size of each one's valid entries.
 * Opening finds the segments and scans them in order, counting their entries; the last one loses a
 * tail cut short by a crash. A group's bytes go to the end of the active segment with one write and
 * one fsync (a new segment once the active one has reached the segment size), and segments are
 * deleted once read. Not thread-safe: used under the journal's lock.
 */
final class JournalSegments {

    /** The journal's logger, as before this part was split out of it. */
    private static final Logger LOG = Logger.getLogger(VerificationJournal.class.getName());

    private final Path directory;
    private final long segmentBytes;
    /** segment number -> size in bytes of its valid entries */
    private final TreeMap<Long, Long> segments = new TreeMap<>();
    private FileChannel active;
    private long activeNumber = -1;
    private long totalBytes;
    private long entries;

    JournalSegments(Path directory, long segmentBytes) throws IOException {
        this.directory = directory;
        this.segmentBytes = segmentBytes;
        Files.createDirectories(directory);
        List<Long> found = JournalFiles.segments(directory);
        for (int i = 0; i < found.size(); i++) {
            long number = found.get(i);
            long valid = scan(number, i == found.size() - 1);
            segments.put(number, valid);
            totalBytes += valid;
        }
        if (!segments.isEmpty()) {
            activeNumber = segments.lastKey();
        }
    }

    /** Counts the entries of one segment; the last segment loses a torn or damaged tail. */
    private long scan(long number, boolean last) throws IOException {
        Path file = file(number);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long offset = 0;
            while (true) {
                VerificationJournal.Entry e = JournalFiles.read(ch, number, offset, size);
                if (e == null) {
                    break;
                }
                entries++;
                offset = e.next();
            }
            if (offset < size) {
                long kept = offset;
                if (last) {
                    LOG.warning(() -> "Verification journal " + file.getFileName() + ": " + (size - kept)
                            + " bytes after the last complete entry cut off (an append that never returned)");
                    ch.truncate(kept);
                    ch.force(true);
                } else {
                    LOG.severe(() -> "Verification journal " + file.getFileName() + ": damaged at byte " + kept
                            + "; the entries after it are not readable");
                }
            }
            return offset;
        }
    }

    /** Starts a new segment when there is no active one or it has reached the segment size. */
    void rollIfDue() throws IOException {
        if (active == null || segments.get(activeNumber) >= segmentBytes) {
            roll();
        }
    }

    private void roll() throws IOException {
        if (active != null) {
            active.close();
        }
        activeNumber = segments.isEmpty() ? Math.max(activeNumber + 1, 1) : segments.lastKey() + 1;
        Path file = file(activeNumber);
        active = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        segments.put(activeNumber, 0L);
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems cannot fsync a directory; the entries themselves are forced
        }
    }

    /** Writes {@code bytes} at the end of the active segment and fsyncs; on failure they are cut off again. @return where they start */
    long write(ByteBuffer buffer, int bytes) throws IOException {
        long start = segments.get(activeNumber);
        try {
            long at = start;
            while (buffer.hasRemaining()) {
                at += active.write(buffer, at);
            }
            active.force(false);
        } catch (IOException e) {
            try {
                active.truncate(start);
            } catch (IOException ignored) {
                // the scan at the next start cuts the partial group off
            }
            throw e;
        }
        segments.put(activeNumber, start + bytes);
        totalBytes += bytes;
        return start;
    }

    /** Deletes the segments numbered below {@code number}. */
    void deleteBefore(long number) throws IOException {
        while (!segments.isEmpty() && segments.firstKey() < number) {
            delete(segments.firstKey());
        }
    }

    void deleteAll() throws IOException {
        for (Long n : new ArrayList<>(segments.keySet())) {
            delete(n);
        }
    }

    private void delete(long number) throws IOException {
        if (number == activeNumber && active != null) {
            active.close();
            active = null;
        }
        Long size = segments.remove(number);
        totalBytes -= size == null ? 0 : size;
        Files.deleteIfExists(file(number));
    }

    /** The entries the segments held when opened. */
    long entries() {
        return entries;
    }

    boolean isEmpty() {
        return segments.isEmpty();
    }

    long first() {
        return segments.firstKey();
    }

    long active() {
        return activeNumber;
    }

    /** The size of a segment's valid entries, null when there is no such segment. */
    Long size(long number) {
        return segments.get(number);
    }

    /** The segment after {@code number}, null when it is the last. */
    Long after(long number) {
        return segments.higherKey(number);
    }

    long bytes() {
        return totalBytes;
    }

    Path file(long number) {
        return JournalFiles.file(directory, number);
    }

    void close() throws IOException {
        if (active != null) {
            active.close();
            active = null;
        }
    }
}
