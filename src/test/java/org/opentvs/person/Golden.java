package org.opentvs.person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The rows of the golden list {@code person/golden.tsv}, by kind (name, pair, date). */
final class Golden {

    record Name(String input, String fold, String familyKey, String initial, String alphanumerics) {
    }

    record Pair(String a, String b, Set<String> agree, int canonicalDistance) {
    }

    record Date(String a, String b, String relation, long daysApart) {
    }

    private Golden() {
    }

    static List<Name> names() {
        return rows("name", 6).stream().map(r -> new Name(nullable(r[1]), r[2], r[3], r[4], r[5])).toList();
    }

    static List<Pair> pairs() {
        return rows("pair", 5).stream().map(r -> new Pair(r[1], r[2], r[3].equals("-") ? Set.of() : Set.of(r[3].split(",")),
                Integer.parseInt(r[4]))).toList();
    }

    static List<Date> dates() {
        return rows("date", 5).stream().map(r -> new Date(r[1], r[2], r[3], Long.parseLong(r[4]))).toList();
    }

    private static String nullable(String value) {
        return value.equals("\\N") ? null : value;
    }

    private static List<String[]> rows(String kind, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Golden.class.getResourceAsStream("/person/golden.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] r = line.split("\t", -1);
                if (r[0].equals(kind)) {
                    if (r.length != columns) {
                        throw new IllegalStateException("golden.tsv: " + columns + " columns expected: " + Arrays.toString(r));
                    }
                    rows.add(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("golden.tsv has no " + kind + " rows");
        }
        return rows;
    }
}
