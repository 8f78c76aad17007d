package org.opentvs.platform.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentvs.platform.control.Json;
import org.opentvs.platform.control.StorableTime;

/** What one component takes; {@link #check} returns the value to bind, or null when it counts as absent. */
sealed interface JsonKind {

    JsonValue check(JsonValue value, String field);

    static JsonKind of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return new ListOf(of(p.getActualTypeArguments()[0]));
        }
        if (type instanceof Class<?> c) {
            if (c == String.class) {
                return new Text();
            }
            if (c == Boolean.class || c == boolean.class) {
                return new Bool();
            }
            if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
                return new Numeric(true);
            }
            if (c == Double.class || c == double.class || c == Float.class || c == float.class || c == BigDecimal.class) {
                return new Numeric(false);
            }
            if (c == LocalDate.class || c == Instant.class || c == UUID.class || c.isEnum()) {
                return new Parsed(c);
            }
            if (c.isRecord()) {
                return new Nested(c);
            }
            if (JsonValue.class.isAssignableFrom(c) || c == Map.class) {
                return new Open();
            }
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return new Open();
        }
        throw new IllegalArgumentException("A request record component of type " + type + " has no JSON kind");
    }

    private static boolean isNull(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NULL;
    }

    record Text() implements JsonKind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            if (JsonKind.isNull(value)) {
                return null;
            }
            if (!(value instanceof JsonString s)) {
                throw RecordShape.invalid(field, "must be a string");
            }
            String text = s.getString().trim();
            return text.isEmpty() ? null : Json.createValue(text);
        }
    }

    record Bool() implements JsonKind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            if (JsonKind.isNull(value) || value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return JsonKind.isNull(value) ? null : value;
            }
            throw RecordShape.invalid(field, "must be true or false");
        }
    }

    record Numeric(boolean integral) implements JsonKind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            if (JsonKind.isNull(value)) {
                return null;
            }
            if (!(value instanceof JsonNumber n) || integral && !n.isIntegral()) {
                throw RecordShape.invalid(field, integral ? "must be a whole number" : "must be a number");
            }
            if (integral && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw RecordShape.invalid(field, "is out of range");
            }
            return value;
        }
    }

    /** A text JSON-B parses into a value: dates and instants within what PostgreSQL stores, UUIDs, enum constants. */
    record Parsed(Class<?> type) implements JsonKind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            JsonValue text = new Text().check(value, field);
            if (text == null) {
                return null;
            }
            String s = ((JsonString) text).getString();
            try {
                if (type == LocalDate.class) {
                    return Json.createValue(StorableTime.date(LocalDate.parse(s)).toString());
                }
                if (type == Instant.class) {
                    return Json.createValue(StorableTime.instant(Instant.parse(s)).toString());
                }
                if (type == UUID.class) {
                    return Json.createValue(UUID.fromString(s).toString());
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw RecordShape.invalid(field, type == LocalDate.class
                        ? "must be a date YYYY-MM-DD between 0001-01-01 and 9999-12-31"
                        : type == Instant.class
                                ? "must be an ISO-8601 instant such as 2026-11-22T09:30:00Z, years 0001 to 9999"
                                : "must be a UUID");
            }
            String upper = s.toUpperCase(java.util.Locale.ROOT);
            Object[] constants = type.getEnumConstants();
            if (Arrays.stream(constants).noneMatch(k -> ((Enum<?>) k).name().equals(upper))) {
                throw RecordShape.invalid(field,
                        "must be one of " + String.join(", ", Arrays.stream(constants).map(k -> ((Enum<?>) k).name()).toList()));
            }
            return Json.createValue(upper);
        }
    }

    record Nested(Class<?> type) implements JsonKind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            if (JsonKind.isNull(value)) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw RecordShape.invalid(field, "must be an object");
            }
            return RecordShape.of(type).check(value.asJsonObject(), field);
        }
    }

    record ListOf(JsonKind item) implements JsonKind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            if (JsonKind.isNull(value)) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw RecordShape.invalid(field, "must be an array");
            }
            JsonArrayBuilder items = Json.createArrayBuilder();
            int i = 0;
            for (JsonValue v : value.asJsonArray()) {
                String at = field + "[" + i++ + "]";
                if (JsonKind.isNull(v)) {
                    throw RecordShape.invalid(at, "may not be null");
                }
                JsonValue checked = item instanceof Text ? textItem(v, at) : item.check(v, at);
                if (checked == null) {
                    throw RecordShape.invalid(at, "may not be empty");
                }
                items.add(checked);
            }
            return items.build();
        }

        private static JsonValue textItem(JsonValue v, String at) {
            if (!(v instanceof JsonString s)) {
                throw RecordShape.invalid(at, "must be a string");
            }
            return Json.createValue(s.getString().trim());
        }
    }

    /** Any JSON: the record takes it as it is (job parameters, a partner's free-form fields). */
    record Open() implements JsonKind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            return JsonKind.isNull(value) ? null : value;
        }
    }
}
