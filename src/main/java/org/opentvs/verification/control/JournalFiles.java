package org.opentvs.verification.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.CRC32C;
import org.opentvs.verification.control.VerificationJournal.Entry;

/**
 * The on-disk form of a {@link VerificationJournal}: its segment files are
 * {@code segment-<n>.log} in its directory, and each entry in them is {@code length, CRC32C,
 * appended-at millis, payload}, the checksum taken over the time and the payload. Finds the
 * segments, encodes a group of entries into one buffer and reads one entry back from a segment,
 * where a short, oversized or mismatching entry reads as none (the end of the valid entries).
 */
final class JournalFiles {

    /** The journal's logger, as before this part was split out of it. */
    private static final Logger LOG = Logger.getLogger(VerificationJournal.class.getName());

    static final int HEADER = 4 + 4 + 8;
    /** No single verification comes near this; a larger length is damage, not data. */
    static final int MAX_ENTRY = 16 * 1024 * 1024;

    private JournalFiles() {
    }

    static Path file(Path directory, long number) {
        return directory.resolve(String.format("segment-%016d.log", number));
    }

    /** The numbers of the segment files in {@code directory}, in order. */
    static List<Long> segments(Path directory) throws IOException {
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
        return found;
    }

    /** The entries of a group, all appended at {@code now}, in one buffer of {@code bytes} ready to write. */
    static ByteBuffer encode(List<byte[]> payloads, int bytes, long now) {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        for (byte[] p : payloads) {
            buffer.putInt(p.length).putInt(crc(now, p)).putLong(now).put(p);
        }
        buffer.flip();
        return buffer;
    }

    /** The entry at {@code offset} of a segment of {@code size} bytes, or null when none valid starts there. */
    static Entry read(FileChannel ch, long segment, long offset, long size) throws IOException {
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
}
