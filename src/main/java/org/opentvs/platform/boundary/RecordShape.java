package org.opentvs.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opentvs.platform.control.Json;

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

    private final Map<String, JsonKind> fields = new LinkedHashMap<>();

    private RecordShape(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            fields.put(jsonName(type, c), JsonKind.of(c.getGenericType()));
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
            JsonKind kind = fields.get(entry.getKey());
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
        return ApiException.invalidField(field, problem);
    }
}
