package org.opentvs.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every limit is the length of each column it names, as the migrations leave them. */
class FieldLimitTest {

    private static final Pattern TABLE = Pattern.compile("(?i)(?:create table|alter table)\\s+(\\w+)");
    private static final Pattern COLUMN = Pattern.compile("(?i)^\\s*(?:add column\\s+)?(\\w+)\\s+(?:varchar|char)\\((\\d+)\\)");
    private static final Pattern ALTER_TYPE = Pattern.compile("(?i)alter column\\s+(\\w+)\\s+type\\s+(?:varchar|char)\\((\\d+)\\)");

    @Test
    void everyLimitEqualsItsColumns() throws IOException {
        Map<String, Integer> lengths = columnLengths();
        assertEquals(100, lengths.get("traveler.family_name"), "the migrations are read");
        assertEquals(20, lengths.get("alert.touchpoint"), "added columns are read");
        for (FieldLimit limit : FieldLimit.values()) {
            for (String column : limit.columns()) {
                assertTrue(lengths.containsKey(column), limit + " names " + column + ", which no migration declares");
                assertEquals(lengths.get(column), limit.maxLength(), limit + " against " + column);
            }
        }
    }

    private static Map<String, Integer> columnLengths() throws IOException {
        Map<String, Integer> lengths = new HashMap<>();
        List<Path> migrations;
        try (Stream<Path> files = Files.list(Path.of("db-migrations"))) {
            migrations = files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).sorted().toList();
        }
        for (Path migration : migrations) {
            String table = null;
            for (String line : Files.readAllLines(migration)) {
                Matcher t = TABLE.matcher(line);
                if (t.find()) {
                    table = t.group(1).toLowerCase();
                }
                Matcher c = COLUMN.matcher(line.replaceFirst("(?i)^\\s*alter table\\s+\\w+\\s+", ""));
                if (table != null && c.find()) {
                    lengths.put(table + "." + c.group(1).toLowerCase(), Integer.valueOf(c.group(2)));
                }
                Matcher a = ALTER_TYPE.matcher(line);
                if (table != null && a.find()) {
                    lengths.put(table + "." + a.group(1).toLowerCase(), Integer.valueOf(a.group(2)));
                }
            }
        }
        return lengths;
    }
}
