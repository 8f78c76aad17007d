package org.opentvs.reconciliation.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a partner's entry file, CSV with a header line ({@link PartnerCsv}) or JSON lines, with the
 * fields family_name, given_names, date_of_birth, nationality, document_number, document_country,
 * entry_date, port; a leading byte-order mark is ignored. A bad record is rejected with the number
 * of the line it starts on and its reason; it never fails the file.
 */
public final class PartnerEntryParser {

    public enum Format { CSV, JSONL }

    static final List<String> FIELDS = List.of("family_name", "given_names", "date_of_birth", "nationality",
            "document_number", "document_country", "entry_date", "port");

    private static final String BOM = "\uFEFF";

    private PartnerEntryParser() {
    }

    /** @throws IllegalArgumentException when a CSV file has no usable header (the whole file is unreadable) */
    public static PartnerFile parse(String text, Format format) {
        String body = text.startsWith(BOM) ? text.substring(1) : text;
        return format == Format.CSV ? csv(body) : jsonLines(body);
    }

    private static PartnerFile csv(String text) {
        List<PartnerCsv.Row> rows = PartnerCsv.rows(text);
        List<String> header = rows.isEmpty() || rows.get(0).cells() == null
                ? List.of()
                : rows.get(0).cells().stream().map(h -> h.trim().toLowerCase()).toList();
        if (!header.containsAll(List.of("family_name", "date_of_birth", "entry_date"))) {
            throw new IllegalArgumentException(
                    "The CSV header must name at least family_name, date_of_birth and entry_date; fields: " + FIELDS);
        }
        PartnerFile file = new PartnerFile(0, new ArrayList<>(), new ArrayList<>());
        int data = 0;
        for (PartnerCsv.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            data++;
            try {
                if (row.error() != null) {
                    throw new IllegalArgumentException(row.error());
                }
                file.entries().add(PartnerEntryValidation.entry(row.lineNo(), values(header, row.cells())));
            } catch (IllegalArgumentException e) {
                file.rejects().add(reject(row.lineNo(), e.getMessage(), row.raw()));
            }
        }
        return new PartnerFile(data, file.entries(), file.rejects());
    }

    private static PartnerFile jsonLines(String text) {
        String[] lines = text.split("\r?\n", -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        PartnerFile file = new PartnerFile(0, new ArrayList<>(), new ArrayList<>());
        int data = 0;
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            data++;
            try {
                file.entries().add(PartnerEntryValidation.entry(i + 1, json(line)));
            } catch (IllegalArgumentException e) {
                file.rejects().add(reject(i + 1, e.getMessage(), line));
            }
        }
        return new PartnerFile(data, file.entries(), file.rejects());
    }

    private static PartnerFile.Reject reject(int lineNo, String reason, String line) {
        return new PartnerFile.Reject(lineNo, reason, line.length() > 2000 ? line.substring(0, 2000) : line);
    }

    private static Map<String, String> values(List<String> header, List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " fields, found " + cells.size());
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), cells.get(i).trim());
        }
        return values;
    }

    private static Map<String, String> json(String line) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            object = value.asJsonObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("not valid JSON");
        }
        Map<String, String> values = new HashMap<>();
        for (String field : FIELDS) {
            JsonValue v = object.get(field);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (!(v instanceof JsonString s)) {
                throw new IllegalArgumentException(field + " must be a string");
            }
            values.put(field, s.getString().trim());
        }
        return values;
    }
}
