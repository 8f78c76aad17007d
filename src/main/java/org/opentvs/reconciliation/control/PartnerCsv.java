package org.opentvs.reconciliation.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a partner's CSV file, read with Commons CSV as RFC 4180: fields in double quotes may
 * hold commas, line breaks and quotes written twice; empty lines are skipped. Each record carries the
 * line it starts on and its raw text. A record the reader cannot parse (an unterminated quote, text
 * after a closing quote) becomes a bad row for its first line, and reading goes on at the next line.
 */
final class PartnerCsv {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One record: its cells, or the reason it could not be read. */
    record Row(int lineNo, String raw, List<String> cells, String error) {

        boolean blank() {
            return cells != null && cells.size() == 1 && cells.get(0).isBlank();
        }
    }

    private final String text;
    private final LineStarts lines;
    private final List<Row> rows = new ArrayList<>();

    private PartnerCsv(String text) {
        this.text = text;
        this.lines = new LineStarts(text);
    }

    static List<Row> rows(String text) {
        PartnerCsv csv = new PartnerCsv(text);
        int offset = 0;
        while (offset < text.length()) {
            offset = csv.readFrom(offset);
        }
        return csv.rows;
    }

    /** Reads records from {@code offset} to the end or to the first unreadable one; returns where to go on. */
    private int readFrom(int offset) {
        int nextLine = lines.lineOf(offset);
        try (CSVParser parser = CSVParser.parse(text.substring(offset), FORMAT)) {
            for (CSVRecord record : parser) {
                int line = lines.lineOf(lines.skipBreaks(offset + (int) record.getCharacterPosition()));
                List<String> cells = record.toList();
                int last = line + cells.stream().mapToInt(LineStarts::breaks).sum();
                rows.add(new Row(line + 1, lines.text(line, last), cells, null));
                nextLine = last + 1;
            }
            return text.length();
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            int bad = lines.lineOf(lines.skipBreaks(lines.start(nextLine)));
            String message = String.valueOf(e.getMessage());
            rows.add(new Row(bad + 1, lines.text(bad, bad), null,
                    message.contains("EOF") ? "unterminated quoted field" : "text after the closing quote of a field"));
            return bad + 1 < lines.count() ? lines.start(bad + 1) : text.length();
        }
    }
}
