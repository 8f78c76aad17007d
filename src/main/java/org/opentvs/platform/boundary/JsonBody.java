package org.opentvs.platform.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opentvs.platform.control.StorableTime;

/**
 * Reads a request body as a JSON object with field-level errors that name the field:
 * 400 when the body is not one JSON object of its {@link JsonShape} (malformed, too deep, trailing
 * content, NUL, an unknown field), 422 when a field is missing, too long or of the wrong kind.
 */
public final class JsonBody {

    private final JsonObject object;
    private final String path;

    private JsonBody(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    /**
     * Reads a body that must have the given shape: one JSON object, nested at most
     * {@value JsonText#MAX_DEPTH} deep, nothing after it, no NUL in any text, no field the shape
     * does not declare, no text longer than its field's limit.
     */
    public static JsonBody parse(String body, JsonShape shape) {
        JsonBody json = parse(body);
        shape.check(json.object, "");
        return json;
    }

    /** An empty object, for optional parts of a body that were left out. */
    public static JsonBody empty() {
        return new JsonBody(JsonValue.EMPTY_JSON_OBJECT, "");
    }

    private static JsonBody parse(String body) {
        return new JsonBody(JsonText.object(body), "");
    }

    public JsonObject raw() {
        return object;
    }

    public boolean has(String name) {
        return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    public String string(String name) {
        return optionalString(name).orElseThrow(() -> invalid(name, "is required"));
    }

    public Optional<String> optionalString(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = object.get(name);
        if (value instanceof JsonString s) {
            String text = s.getString().trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        throw invalid(name, "must be a string");
    }

    public boolean bool(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonValue value = object.get(name);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw invalid(name, "must be true or false");
    }

    public Optional<LocalDate> optionalDate(String name) {
        return optionalString(name).map(text -> {
            try {
                return StorableTime.date(LocalDate.parse(text));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw invalid(name, "must be a date YYYY-MM-DD between 0001-01-01 and 9999-12-31");
            }
        });
    }

    public Optional<Instant> optionalInstant(String name) {
        return optionalString(name).map(text -> {
            try {
                return StorableTime.instant(Instant.parse(text));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw invalid(name, "must be an ISO-8601 instant such as 2026-11-22T09:30:00Z, years 0001 to 9999");
            }
        });
    }

    public LocalDate date(String name) {
        return optionalDate(name).orElseThrow(() -> invalid(name, "is required"));
    }

    public JsonBody object(String name) {
        return optionalObject(name).orElseThrow(() -> invalid(name, "is required"));
    }

    public Optional<JsonBody> optionalObject(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(name, "must be an object");
        }
        return Optional.of(new JsonBody(value.asJsonObject(), field(name)));
    }

    public List<JsonBody> objects(String name) {
        List<JsonBody> items = new ArrayList<>();
        JsonArray array = array(name);
        for (int i = 0; i < array.size(); i++) {
            JsonValue value = array.get(i);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid(name + "[" + i + "]", "must be an object");
            }
            items.add(new JsonBody(value.asJsonObject(), field(name) + "[" + i + "]"));
        }
        return items;
    }

    public List<String> strings(String name) {
        List<String> items = new ArrayList<>();
        JsonArray array = array(name);
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString s)) {
                throw invalid(name + "[" + i + "]", "must be a string");
            }
            items.add(s.getString().trim());
        }
        return items;
    }

    private JsonArray array(String name) {
        if (!has(name)) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(name, "must be an array");
        }
        return value.asJsonArray();
    }

    public ApiException invalid(String name, String problem) {
        return invalidField(field(name), problem);
    }

    static ApiException invalidField(String field, String problem) {
        return ApiException.invalidField(field, problem);
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
