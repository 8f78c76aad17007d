package org.opentvs.platform.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.opentvs.platform.control.Json;
import org.opentvs.platform.control.StorableTime;

/**
 * The fields a request record declares and the JSON kind each takes, read from the record's
 * components once per type. A body is checked against it before JSON-B binds it, so every refusal
 * names the field as the caller wrote it: an undeclared field is a 400 {@code UNKNOWN_FIELD}, a value
 * of the wrong kind (a number for a text, a malformed date, an enum constant that does not exist) a
 * 422 {@code INVALID_FIELD}. The checked body comes back with texts trimmed and empty texts left
 * out, which is how every call has read its fields.
 */
final class RecordShape {

    private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

    private final Map<String, Kind> fields = new LinkedHashMap<>();

    private RecordShape(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            fields.put(jsonName(type, c), Kind.of(c.getGenericType()));
        }
    }

    static RecordShape of(Class<?> type) {
        return SHAPES.computeIfAbsent(type, RecordShape::new);
    }

    /** The names this record's JSON may carry, in declaration order. */
    List<String> names() {
        return List.copyOf(fields.keySet());
    }

    JsonObject check(JsonObject object, String path) {
        JsonObjectBuilder checked = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String field = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
            Kind kind = fields.get(entry.getKey());
            if (kind == null) {
                throw new ApiException(400, "UNKNOWN_FIELD", "Field '" + field + "' is not part of this request", Map.of("field", field));
            }
            JsonValue value = kind.check(entry.getValue(), field);
            if (value != null) {
                checked.add(entry.getKey(), value);
            }
        }
        return checked.build();
    }

    private static String jsonName(Class<?> type, RecordComponent c) {
        JsonbProperty property = c.getAccessor().getAnnotation(JsonbProperty.class);
        if (property == null) {
            try {
                property = type.getDeclaredField(c.getName()).getAnnotation(JsonbProperty.class);
            } catch (NoSuchFieldException e) {
                property = null;
            }
        }
        return property == null || property.value().isEmpty() ? c.getName() : property.value();
    }

    static ApiException invalid(String field, String problem) {
        return new ApiException(422, "INVALID_FIELD", "Field '" + field + "' " + problem, Map.of("field", field));
    }

    /** What one component takes; {@link #check} returns the value to bind, or null when it counts as absent. */
    private sealed interface Kind {

        JsonValue check(JsonValue value, String field);

        static Kind of(Type type) {
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
                    return new Number(true);
                }
                if (c == Double.class || c == double.class || c == BigDecimal.class) {
                    return new Number(false);
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
    }

    private record Text() implements Kind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            if (Kind.isNull(value)) {
                return null;
            }
            if (!(value instanceof JsonString s)) {
                throw invalid(field, "must be a string");
            }
            String text = s.getString().trim();
            return text.isEmpty() ? null : Json.createValue(text);
        }
    }

    private record Bool() implements Kind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            if (Kind.isNull(value) || value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return Kind.isNull(value) ? null : value;
            }
            throw invalid(field, "must be true or false");
        }
    }

    private record Number(boolean integral) implements Kind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            if (Kind.isNull(value)) {
                return null;
            }
            if (!(value instanceof JsonNumber n) || integral && !n.isIntegral()) {
                throw invalid(field, integral ? "must be a whole number" : "must be a number");
            }
            if (integral && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw invalid(field, "is out of range");
            }
            return value;
        }
    }

    /** A text JSON-B parses into a value: dates and instants within what PostgreSQL stores, UUIDs, enum constants. */
    private record Parsed(Class<?> type) implements Kind {

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
                throw invalid(field, type == LocalDate.class
                        ? "must be a date YYYY-MM-DD between 0001-01-01 and 9999-12-31"
                        : type == Instant.class
                                ? "must be an ISO-8601 instant such as 2026-11-22T09:30:00Z, years 0001 to 9999"
                                : "must be a UUID");
            }
            String upper = s.toUpperCase(java.util.Locale.ROOT);
            Object[] constants = type.getEnumConstants();
            if (Arrays.stream(constants).noneMatch(k -> ((Enum<?>) k).name().equals(upper))) {
                throw invalid(field,
                        "must be one of " + String.join(", ", Arrays.stream(constants).map(k -> ((Enum<?>) k).name()).toList()));
            }
            return Json.createValue(upper);
        }
    }

    private record Nested(Class<?> type) implements Kind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            if (Kind.isNull(value)) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid(field, "must be an object");
            }
            return RecordShape.of(type).check(value.asJsonObject(), field);
        }
    }

    private record ListOf(Kind item) implements Kind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            if (Kind.isNull(value)) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw invalid(field, "must be an array");
            }
            JsonArrayBuilder items = Json.createArrayBuilder();
            int i = 0;
            for (JsonValue v : value.asJsonArray()) {
                String at = field + "[" + i++ + "]";
                if (Kind.isNull(v)) {
                    throw invalid(at, "may not be null");
                }
                JsonValue checked = item instanceof Text ? textItem(v, at) : item.check(v, at);
                if (checked == null) {
                    throw invalid(at, "may not be empty");
                }
                items.add(checked);
            }
            return items.build();
        }

        private static JsonValue textItem(JsonValue v, String at) {
            if (!(v instanceof JsonString s)) {
                throw invalid(at, "must be a string");
            }
            return Json.createValue(s.getString().trim());
        }
    }

    /** Any JSON: the record takes it as it is (job parameters, a partner's free-form fields). */
    private record Open() implements Kind {

        @Override
        public JsonValue check(JsonValue value, String field) {
            return Kind.isNull(value) ? null : value;
        }
    }
}
