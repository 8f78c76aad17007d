package org.opentvs.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.opentvs.alerting.control.BiographicComparison;
import org.opentvs.alerting.control.BiographicIndex;
import org.opentvs.alerting.control.DocumentKey;
import org.opentvs.alerting.control.ListedPerson;
import org.opentvs.alerting.control.PersonName;
import org.opentvs.alerting.control.ScreenedPerson;

/**
 * Biographic screening of a manifest against a watch list, in process: {@code lists} entries
 * (synthetic names from a syllable alphabet, given names drawn with a heavy head like real lists,
 * a third with a variant spelling, a fifth with a document), and manifests of {@code travelers}
 * people of whom 10 are listed under a variant spelling. Times one manifest's screening (name
 * preparation included) over many repetitions; the baseline is the same per-pair screening against
 * every entry (no index), timed on a sample of travelers and scaled to the manifest.
 *
 * <p>Arguments: entries (100000), travelers (500), repetitions (200).
 */
public final class WatchlistScreeningBenchmark {

    private static final String[] ONSETS = {"B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "SH", "KH", "CH",
            "J", "W"};
    private static final String[] VOWELS = {"A", "E", "I", "O", "U", "AI", "OU"};
    private static final String[] CODAS = {"", "", "N", "R", "L", "S", "M", "D"};

    private WatchlistScreeningBenchmark() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int travelers = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Random random = new Random(20261201);
        List<String> families = words(random, 20_000, 2, 3);
        List<String> givens = words(random, 2_000, 1, 3);
        BiographicComparison comparison = new BiographicComparison(0.88, 365);
        BiographicIndex index = new BiographicIndex(comparison);
        List<ListedPerson> listed = new ArrayList<>(entries);
        long built = System.nanoTime();
        for (int i = 0; i < entries; i++) {
            String family = families.get(random.nextInt(families.size()));
            String given = givens.get(headHeavy(random, givens.size()));
            List<String> variants = i % 3 == 0 ? List.of(respell(family, random) + "," + given) : List.of();
            List<DocumentKey> docs = i % 5 == 0 ? List.of(new DocumentKey("W" + i, "XXA")) : List.of();
            ListedPerson p = ListedPerson.of(UUID.randomUUID(), "WANTED", family, given, variants, dob(random), "XXA", docs);
            index.add(p);
            listed.add(p);
        }
        double buildMillis = (System.nanoTime() - built) / 1e6;
        List<List<String[]>> manifests = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            List<String[]> manifest = new ArrayList<>();
            for (int t = 0; t < travelers; t++) {
                if (t < 10) {
                    ListedPerson p = listed.get(random.nextInt(listed.size()));
                    PersonName n = p.names().get(0);
                    manifest.add(new String[]{respell(n.family(), random), n.given(), p.dateOfBirth().toString(), p.id().toString()});
                } else {
                    manifest.add(new String[]{families.get(random.nextInt(families.size())), givens.get(headHeavy(random, givens.size())),
                            dob(random).toString(), null});
                }
            }
            manifests.add(manifest);
        }
        int warmup = Math.max(20, repetitions / 4);
        double[] millis = new double[repetitions];
        long hits = 0;
        long found = 0;
        for (int r = -warmup; r < repetitions; r++) {
            List<String[]> manifest = manifests.get(Math.floorMod(r, manifests.size()));
            long start = System.nanoTime();
            long h = 0;
            long f = 0;
            for (String[] t : manifest) {
                ScreenedPerson person = new ScreenedPerson(UUID.randomUUID(), PersonName.of(t[0], t[1]), LocalDate.parse(t[2]), "XXA",
                        List.of(new DocumentKey("P" + t[0].hashCode(), "XXA")));
                var result = index.screen(person);
                h += result.size();
                if (t[3] != null && result.stream().anyMatch(x -> x.entry().id().toString().equals(t[3]))) {
                    f++;
                }
            }
            if (r >= 0) {
                millis[r] = (System.nanoTime() - start) / 1e6;
                hits += h;
                found += f;
            }
        }
        Percentiles p = Percentiles.of(millis);
        int sample = 10;
        List<String[]> manifest = manifests.get(0);
        long naiveStart = System.nanoTime();
        long naiveHits = 0;
        for (int t = 0; t < sample; t++) {
            String[] x = manifest.get(t + 10);
            ScreenedPerson person = new ScreenedPerson(UUID.randomUUID(), PersonName.of(x[0], x[1]), LocalDate.parse(x[2]), "XXA",
                    List.of());
            for (ListedPerson e : listed) {
                if (comparison.screen(person, e) != null) {
                    naiveHits++;
                }
            }
        }
        double naiveMillis = (System.nanoTime() - naiveStart) / 1e6 * travelers / sample;
        System.out.printf("watch list %,d entries (index built in %.0f ms), manifests of %d travelers, %d repetitions%n",
                entries, buildMillis, travelers, repetitions);
        System.out.printf("indexed screening per manifest (ms): %s%n", p);
        System.out.printf("listed variants found: %d of %d; hits per manifest: %.1f%n", found, 10L * repetitions,
                (double) hits / repetitions);
        System.out.printf("baseline, every traveler against every entry: %.0f ms per manifest (projected from %d travelers,"
                + " %d hits); median ratio %.0fx%n", naiveMillis, sample, naiveHits, naiveMillis / p.p50());
    }

    private static List<String> words(Random random, int count, int minSyllables, int maxSyllables) {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        while (words.size() < count) {
            int syllables = minSyllables + random.nextInt(maxSyllables - minSyllables + 1);
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
                        .append(s == syllables - 1 ? CODAS[random.nextInt(CODAS.length)] : "");
            }
            words.add(w.toString());
        }
        return new ArrayList<>(words);
    }

    /** A transliteration-style respelling: one vowel changed, or a doubled consonant, or KH/K, W/V. */
    private static String respell(String name, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> name.replaceFirst("[AEIOU]", random.nextBoolean() ? "E" : "O");
            case 1 -> name.replaceFirst("([BDFGKLMNPRSTVZ])", "$1$1");
            case 2 -> name.contains("KH") ? name.replaceFirst("KH", "K") : name.replaceFirst("[AEIOU]", "U");
            default -> name.replace('W', 'V');
        };
    }

    private static int headHeavy(Random random, int size) {
        double u = random.nextDouble();
        return (int) (size * u * u * u);
    }

    private static LocalDate dob(Random random) {
        return LocalDate.of(1940, 1, 1).plusDays(random.nextInt(68 * 365));
    }
}
