package org.opentvs.verification.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A local, append-only journal of answered verifications that PostgreSQL has not taken yet.
 * Segment files {@code segment-<n>.log} hold entries of {@code length, CRC32C, appended-at millis,
 * payload}; a group of entries is written with one write and made durable with one fsync before
 * any of its callers is answered. Entries are read back in order; a segment is deleted once every
 * entry in it is acknowledged. An entry cut short by a crash (never acknowledged to anyone, since
 * its fsync did not return) is cut off the end of the last segment when the journal is opened.
 * Not thread-safe by itself: callers serialise (the methods are synchronized).
 * <p>
 * This class keeps the order: the read position, the depth and the age of the oldest entry. The
 * files are {@link JournalSegments}', the format of an entry {@link JournalFiles}'.
 */
public final class VerificationJournal implements AutoCloseable {

    /** Thrown when an append would pass the configured size: nothing of the group was written. */
    public static final class FullException extends IOException {

        private static final long serialVersionUID = 1L;

        FullException(String message) {
            super(message);
        }
    }

    /** One entry read back, and where the next one starts. */
    public record Entry(byte[] payload, long appendedMillis, long segment, long next) {
    }

    private final Path directory;
    private final long maxBytes;
    private final JournalSegments segments;
    private long readSegment = -1;
    private long readOffset;
    private long depth;
    private long oldestMillis;

    public VerificationJournal(Path directory, long maxBytes, long segmentBytes) throws IOException {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.segments = new JournalSegments(directory, segmentBytes);
        depth = segments.entries();
        if (!segments.isEmpty()) {
            readSegment = segments.first();
            readOffset = 0;
            oldestMillis = firstAppendedMillis();
        }
    }

    /** Appends a group of entries and fsyncs once; on any failure none of them counts as written. */
    public synchronized void append(List<byte[]> payloads) throws IOException {
        int bytes = 0;
        for (byte[] p : payloads) {
            if (p.length > JournalFiles.MAX_ENTRY) {
                throw new IOException("journal entry of " + p.length + " bytes is too large");
            }
            bytes += JournalFiles.HEADER + p.length;
        }
        long totalBytes = segments.bytes();
        if (totalBytes + bytes > maxBytes) {
            throw new FullException("the verification journal holds " + totalBytes + " of " + maxBytes + " bytes");
        }
        segments.rollIfDue();
        long now = System.currentTimeMillis();
        ByteBuffer buffer = JournalFiles.encode(payloads, bytes, now);
        long start = segments.write(buffer, bytes);
        if (depth == 0) {
            oldestMillis = now;
        }
        depth += payloads.size();
        if (readSegment < 0) {
            readSegment = segments.active();
            readOffset = start;
        }
    }

    /** The next entries not yet acknowledged, in order, at most {@code max} of them. */
    public synchronized List<Entry> peek(int max) throws IOException {
        List<Entry> out = new ArrayList<>();
        long segment = readSegment;
        long offset = readOffset;
        while (segment >= 0 && out.size() < max) {
            Long size = segments.size(segment);
            if (size == null) {
                break;
            }
            if (offset >= size) {
                Long next = segments.after(segment);
                if (next == null) {
                    break;
                }
                segment = next;
                offset = 0;
                continue;
            }
            try (FileChannel ch = FileChannel.open(segments.file(segment), StandardOpenOption.READ)) {
                while (offset < size && out.size() < max) {
                    Entry e = JournalFiles.read(ch, segment, offset, size);
                    if (e == null) {
                        throw new IOException("verification journal segment " + segment + " unreadable at byte " + offset);
                    }
                    out.add(e);
                    offset = e.next();
                }
            }
        }
        return out;
    }

    /** Everything up to and including {@code last} is in PostgreSQL: drop it from the journal. */
    public synchronized void acknowledge(List<Entry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        Entry last = entries.get(entries.size() - 1);
        depth = Math.max(0, depth - entries.size());
        readSegment = last.segment();
        readOffset = last.next();
        // segments wholly behind the read position go
        segments.deleteBefore(readSegment);
        Long readSize = segments.size(readSegment);
        if (depth == 0 && readOffset >= (readSize == null ? 0L : readSize)) {
            segments.deleteAll();
            readSegment = -1;
            readOffset = 0;
            oldestMillis = 0;
        } else {
            oldestMillis = firstAppendedMillis();
        }
    }

    private long firstAppendedMillis() throws IOException {
        List<Entry> first = peek(1);
        return first.isEmpty() ? 0 : first.get(0).appendedMillis();
    }

    public synchronized long depth() {
        return depth;
    }

    public synchronized boolean isEmpty() {
        return depth == 0;
    }

    /** When the oldest entry not yet in PostgreSQL was written (epoch millis), 0 when empty. */
    public synchronized long oldestMillis() {
        return depth == 0 ? 0 : oldestMillis;
    }

    public synchronized long bytes() {
        return segments.bytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void close() throws IOException {
        segments.close();
    }
}
