package org.opentvs.platform.boundary;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import org.opentvs.platform.control.Json;

/**
 * What the JSON parser lets through or fails on badly: nesting deeper than any request needs (the
 * parser's own limit is 1,000 and fails with an error of its own), content after the first value
 * (the parser stops reading there), and NUL characters, which PostgreSQL cannot store.
 */
final class JsonText {

    static final int MAX_DEPTH = 16;

    private JsonText() {
    }

    /** The body as one JSON object: 400 when it is empty, malformed, not an object, too deep, followed by more or holds a NUL. */
    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("A JSON object body is required");
        }
        requireSingleValue(body);
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw ApiException.badRequest("The body is not valid JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiException.badRequest("The body must be a JSON object");
        }
        requireNoNul(value, "");
        return value.asJsonObject();
    }

    /** One pass over the text, outside strings: the depth never exceeds the limit and nothing follows the value. */
    static void requireSingleValue(String body) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean closed = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (closed && !Character.isWhitespace(c)) {
                throw ApiException.badRequest("The body has content after its JSON value (at character " + i + ")");
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw ApiException.badRequest("The body is nested deeper than " + MAX_DEPTH + " levels");
                }
            } else if ((c == '}' || c == ']') && --depth <= 0) {
                closed = true;
            }
        }
    }

    /** No text and no field name holds U+0000. */
    static void requireNoNul(JsonValue value, String path) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((name, item) -> {
                String field = path.isEmpty() ? name : path + "." + name;
                if (name.indexOf('\0') >= 0) {
                    throw nul(path.isEmpty() ? "(a field name)" : path + ".(a field name)");
                }
                requireNoNul(item, field);
            });
            case ARRAY -> {
                int i = 0;
                for (JsonValue item : value.asJsonArray()) {
                    requireNoNul(item, path + "[" + i++ + "]");
                }
            }
            case STRING -> {
                if (((JsonString) value).getString().indexOf('\0') >= 0) {
                    throw nul(path);
                }
            }
            default -> {
            }
        }
    }

    private static ApiException nul(String field) {
        return new ApiException(400, "NUL_CHARACTER", "Field '" + field + "' contains a NUL character", Map.of("field", field));
    }
}
