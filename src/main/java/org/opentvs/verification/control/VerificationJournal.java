package org.opentvs.verification.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.zip.CRC32C;

/**
 * A local, append-only journal of answered verifications that PostgreSQL has not taken yet.
 * Segment files {@code segment-<n>.log} hold entries of {@code length, CRC32C, appended-at millis,
 * payload}; a group of entries is written with one write and made durable with one fsync before
 * any of its callers is answered. Entries are read back in order; a segment is deleted once every
 * entry in it is acknowledged. An entry cut short by a crash (never acknowledged to anyone, since
 * its fsync did not return) is cut off the end of the last segment when the journal is opened.
 * Not thread-safe by itself: callers serialise (the methods are synchronized).
 */
public final class VerificationJournal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VerificationJournal.class.getName());
    private static final int HEADER = 4 + 4 + 8;
    /** No single verification comes near this; a larger length is damage, not data. */
    static final int MAX_ENTRY = 16 * 1024 * 1024;

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
    private final long segmentBytes;
    /** segment number -> size in bytes of its valid entries */
    private final TreeMap<Long, Long> segments = new TreeMap<>();
    private FileChannel active;
    private long activeNumber = -1;
    private long readSegment = -1;
    private long readOffset;
    private long depth;
    private long totalBytes;
    private long oldestMillis;

    public VerificationJournal(Path directory, long maxBytes, long segmentBytes) throws IOException {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.segmentBytes = segmentBytes;
        Files.createDirectories(directory);
        List<Long> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "segment-*.log")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    found.add(Long.parseLong(name.substring("segment-".length(), name.length() - ".log".length())));
                } catch (NumberFormatException e) {
                    LOG.warning(() -> "Ignoring " + name + " in the verification journal");
                }
            }
        }
        found.sort(null);
        for (int i = 0; i < found.size(); i++) {
            long number = found.get(i);
            long valid = scan(number, i == found.size() - 1);
            segments.put(number, valid);
            totalBytes += valid;
        }
        if (!segments.isEmpty()) {
            readSegment = segments.firstKey();
            readOffset = 0;
            activeNumber = segments.lastKey();
            oldestMillis = firstAppendedMillis();
        }
    }

    /** Counts the entries of one segment; the last segment loses a torn or damaged tail. */
    private long scan(long number, boolean last) throws IOException {
        Path file = file(number);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long offset = 0;
            while (true) {
                Entry e = read(ch, number, offset, size);
                if (e == null) {
                    break;
                }
                depth++;
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

    private static Entry read(FileChannel ch, long segment, long offset, long size) throws IOException {
        if (size - offset < HEADER) {
            return null;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        readFully(ch, header, offset);
        header.flip();
        int length = header.getInt();
        int crc = header.getInt();
        long appended = header.getLong();
        if (length < 0 || length > MAX_ENTRY || size - offset - HEADER < length) {
            return null;
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        readFully(ch, payload, offset + HEADER);
        byte[] bytes = payload.array();
        if (crc(appended, bytes) != crc) {
            return null;
        }
        return new Entry(bytes, appended, segment, offset + HEADER + length);
    }

    private static void readFully(FileChannel ch, ByteBuffer into, long position) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int n = ch.read(into, at);
            if (n < 0) {
                throw new IOException("unexpected end of journal segment");
            }
            at += n;
        }
    }

    private static int crc(long appended, byte[] payload) {
        CRC32C crc = new CRC32C();
        ByteBuffer time = ByteBuffer.allocate(8).putLong(appended);
        crc.update(time.array());
        crc.update(payload);
        return (int) crc.getValue();
    }

    /** Appends a group of entries and fsyncs once; on any failure none of them counts as written. */
    public synchronized void append(List<byte[]> payloads) throws IOException {
        int bytes = 0;
        for (byte[] p : payloads) {
            if (p.length > MAX_ENTRY) {
                throw new IOException("journal entry of " + p.length + " bytes is too large");
            }
            bytes += HEADER + p.length;
        }
        if (totalBytes + bytes > maxBytes) {
            throw new FullException("the verification journal holds " + totalBytes + " of " + maxBytes + " bytes");
        }
        if (active == null || segments.get(activeNumber) >= segmentBytes) {
            roll();
        }
        long now = System.currentTimeMillis();
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        for (byte[] p : payloads) {
            buffer.putInt(p.length).putInt(crc(now, p)).putLong(now).put(p);
        }
        buffer.flip();
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
        if (depth == 0) {
            oldestMillis = now;
        }
        depth += payloads.size();
        if (readSegment < 0) {
            readSegment = activeNumber;
            readOffset = start;
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

    /** The next entries not yet acknowledged, in order, at most {@code max} of them. */
    public synchronized List<Entry> peek(int max) throws IOException {
        List<Entry> out = new ArrayList<>();
        long segment = readSegment;
        long offset = readOffset;
        while (segment >= 0 && out.size() < max) {
            Long size = segments.get(segment);
            if (size == null) {
                break;
            }
            if (offset >= size) {
                Long next = segments.higherKey(segment);
                if (next == null) {
                    break;
                }
                segment = next;
                offset = 0;
                continue;
            }
            try (FileChannel ch = FileChannel.open(file(segment), StandardOpenOption.READ)) {
                while (offset < size && out.size() < max) {
                    Entry e = read(ch, segment, offset, size);
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
        while (!segments.isEmpty() && segments.firstKey() < readSegment) {
            delete(segments.firstKey());
        }
        if (depth == 0 && readOffset >= segments.getOrDefault(readSegment, 0L)) {
            for (Long n : new ArrayList<>(segments.keySet())) {
                delete(n);
            }
            readSegment = -1;
            readOffset = 0;
            oldestMillis = 0;
        } else {
            oldestMillis = firstAppendedMillis();
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
        return totalBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Path directory() {
        return directory;
    }

    private Path file(long number) {
        return directory.resolve(String.format("segment-%016d.log", number));
    }

    @Override
    public synchronized void close() throws IOException {
        if (active != null) {
            active.close();
            active = null;
        }
    }
}
