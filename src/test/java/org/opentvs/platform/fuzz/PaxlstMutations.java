package org.opentvs.platform.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentvs.it.Paxlst;

/**
 * Seeded PAXLST cases: the shared samples with their carriers renamed (so nothing sent here lands
 * on the flights other tests use) and then mutated at byte and segment level (flipped bytes,
 * NUL, deleted, repeated and swapped segments, overlong elements, impossible dates, broken
 * separators, truncation, junk around), and messages of our own with overlong fields.
 */
public final class PaxlstMutations {

    private static final Pattern CARRIER = Pattern.compile("(?<![A-Za-z0-9])(UA|AA|SA|QQ|TN|B2|FZ|AT|TK|A9)(?=[0-9]|[^A-Za-z0-9])");
    private static final List<String> BAD_DATES = List.of("999999", "000000", "991399", "20261301", "99999999999", "-1");

    private final Random random;
    private int flights;

    public PaxlstMutations(long seed) {
        this.random = new Random(seed);
    }

    /** The sample with carriers renamed to X + their second character. */
    public static String renamed(byte[] sample) {
        Matcher m = CARRIER.matcher(new String(sample, StandardCharsets.ISO_8859_1));
        return m.replaceAll(r -> "X" + r.group(1).charAt(1));
    }

    public byte[] mutate(String text) {
        char terminator = terminator(text);
        List<String> segments = new ArrayList<>(List.of(text.split(Pattern.quote(String.valueOf(terminator)), -1)));
        int i = random.nextInt(segments.size());
        switch (random.nextInt(12)) {
            case 0 -> {
                return text.getBytes(StandardCharsets.ISO_8859_1);
            }
            case 1 -> segments.remove(i);
            case 2 -> {
                int copies = 1 + random.nextInt(random.nextBoolean() ? 5 : 1000);
                for (int n = 0; n < copies; n++) {
                    segments.add(i, segments.get(i));
                }
            }
            case 3 -> segments.set(i, segments.get(i) + (random.nextBoolean() ? "+" : ":") + "X".repeat(4 + random.nextInt(400)));
            case 4 -> segments.set(i, segments.get(i).replaceAll("\\d{6,}", pick(BAD_DATES)));
            case 5 -> java.util.Collections.swap(segments, i, random.nextInt(segments.size()));
            case 6 -> segments.set(i, segments.get(i).replace(segments.get(i).isEmpty() ? "" : segments.get(i).substring(0, 1), "\u0000"));
            default -> {
                return bytes(text);
            }
        }
        return String.join(String.valueOf(terminator), segments).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] bytes(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int n = 1 + random.nextInt(10); n > 0; n--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 2 -> bytes = (junk() + text + junk()).getBytes(StandardCharsets.ISO_8859_1);
            case 3 -> bytes = text.replace(String.valueOf(terminator(text)), String.valueOf((char) (32 + random.nextInt(95))))
                    .getBytes(StandardCharsets.ISO_8859_1);
            default -> {
                bytes = new byte[1 + random.nextInt(2000)];
                random.nextBytes(bytes);
            }
        }
        return bytes;
    }

    /** A message of our own for a flight of its own, with one field made too long (or none). */
    public byte[] generated() {
        String number = Integer.toString(++flights);
        LocalDate date = LocalDate.now().plusDays(20 + random.nextInt(40));
        String family = "QXFUZZ" + (char) ('A' + random.nextInt(26));
        String nationality = "DEU";
        String document = "QXD" + number;
        String from = "FRA";
        switch (random.nextInt(5)) {
            case 0 -> family = family + "F".repeat(100);
            case 1 -> nationality = "GERMANY";
            case 2 -> document = "N".repeat(36 + random.nextInt(100));
            case 3 -> from = "FRANKFURT";
            default -> {
            }
        }
        Paxlst message = new Paxlst("XZ", number, date).route(from, "JFK");
        for (int p = 0; p <= random.nextInt(20); p++) {
            message.add(new Paxlst.Person(family, "ALEX", "850601", "F", nationality, "RXZ" + number + "-" + p, document + p, "DEU"));
        }
        return message.bytes();
    }

    private String junk() {
        return random.nextBoolean() ? "" : "\u0001QX JUNK " + random.nextInt() + "\r\n\u0002";
    }

    private static char terminator(String text) {
        int una = text.indexOf("UNA");
        return una >= 0 && una + 8 < text.length() ? text.charAt(una + 8) : '\'';
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
