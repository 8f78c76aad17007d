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
 * Reads a partner's entry file, CSV with a header line or JSON lines, with the fields
 * family_name, given_names, date_of_birth, nationality, document_number, document_country,
 * entry_date, port. A bad line is rejected with its number and reason; it never fails the file.
 */
public final class PartnerEntryParser {

    public enum Format { CSV, JSONL }

    static final List<String> FIELDS = List.of("family_name", "given_names", "date_of_birth", "nationality",
            "document_number", "document_country", "entry_date", "port");

    private PartnerEntryParser() {
    }

    /** @throws IllegalArgumentException when a CSV file has no usable header (the whole file is unreadable) */
    public static PartnerFile parse(String text, Format format) {
        String[] lines = text.split("\r?\n", -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        PartnerFile file = new PartnerFile(0, new ArrayList<>(), new ArrayList<>());
        List<String> header = null;
        int first = 0;
        if (format == Format.CSV) {
            header = CsvLine.split(count == 0 ? "" : lines[0]).stream().map(h -> h.trim().toLowerCase()).toList();
            if (!header.containsAll(List.of("family_name", "date_of_birth", "entry_date"))) {
                throw new IllegalArgumentException("The CSV header must name at least family_name, date_of_birth and entry_date; fields: " + FIELDS);
            }
            first = 1;
        }
        int data = 0;
        for (int i = first; i < count; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            data++;
            try {
                Map<String, String> values = format == Format.CSV ? csv(header, line) : json(line);
                file.entries().add(PartnerEntryValidation.entry(i + 1, values));
            } catch (IllegalArgumentException e) {
                file.rejects().add(new PartnerFile.Reject(i + 1, e.getMessage(), line.length() > 2000 ? line.substring(0, 2000) : line));
            }
        }
        return new PartnerFile(data, file.entries(), file.rejects());
    }

    private static Map<String, String> csv(List<String> header, String line) {
        List<String> cells = CsvLine.split(line);
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
