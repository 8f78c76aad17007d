package org.opentvs.operations.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;

/**
 * Job parameters from a request body: a JSON object of names to strings (numbers and booleans are
 * taken as their text); an empty body is no parameters. Anything else is refused with 400/422.
 * The names are the job's own, so the body is an open map of scalars and no request record: its
 * text is checked as every body is ({@link JsonRequestReader}), its names and values here.
 */
public final class JobParameters {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,59}");
    private static final int MAX_VALUE = 1000;
    private static final int MAX_COUNT = 50;

    private JobParameters() {
    }

    public static Map<String, String> parse(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return parameters;
        }
        JsonObject json = JsonRequestReader.object(body);
        json.forEach((name, value) -> requireLength(value, name));
        if (json.size() > MAX_COUNT) {
            throw ApiException.invalid("INVALID_PARAMETERS", "At most " + MAX_COUNT + " parameters");
        }
        for (Map.Entry<String, JsonValue> e : json.entrySet()) {
            String name = e.getKey();
            if (!NAME.matcher(name).matches()) {
                throw ApiException.invalid("INVALID_PARAMETERS",
                        "Parameter name '" + name + "' must be a letter, then letters, digits, '.', '_' or '-'");
            }
            JsonValue value = e.getValue();
            String text;
            if (value instanceof JsonString s) {
                text = s.getString();
            } else if (value instanceof JsonNumber n) {
                text = n.toString();
            } else if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                text = value.toString();
            } else {
                throw ApiException.invalid("INVALID_PARAMETERS", "Parameter '" + name + "' must be a string");
            }
            if (text.length() > MAX_VALUE) {
                throw ApiException.invalid("INVALID_PARAMETERS", "Parameter '" + name + "' is longer than " + MAX_VALUE + " characters");
            }
            parameters.put(name, text);
        }
        return parameters;
    }

    /** No text, also in an array, is longer than a parameter may be: 422 naming it, as for every body. */
    private static void requireLength(JsonValue value, String field) {
        if (value instanceof JsonString s && s.getString().length() > MAX_VALUE) {
            throw ApiException.invalidField(field, "may have at most " + MAX_VALUE + " characters");
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            int i = 0;
            for (JsonValue item : value.asJsonArray()) {
                requireLength(item, field + "[" + i++ + "]");
            }
        }
    }
}
