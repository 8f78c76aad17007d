package org.opentvs.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opentvs.platform.control.FieldLimit;

/**
 * The fields a JSON body may carry and the longest text each may hold, declared once per body.
 * {@link JsonBody} checks a body against its shape before any of it is used: a field the shape does
 * not know is a 400 that names it, an overlong text a 422 that names it. Kinds are left to the
 * readers of {@link JsonBody}, which name the field too.
 */
public final class JsonShape {

    /** One field: its longest text (for texts and arrays of texts) or the shape of its objects. */
    public record Field(String name, int maxLength, JsonShape shape) {
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final int openMaxLength;

    private JsonShape(Field[] declared, int openMaxLength) {
        for (Field f : declared) {
            fields.put(f.name(), f);
        }
        this.openMaxLength = openMaxLength;
    }

    public static JsonShape of(Field... fields) {
        return new JsonShape(fields, -1);
    }

    /** Any field names, each value a scalar of at most {@code maxLength} characters (job parameters). */
    public static JsonShape open(int maxLength) {
        return new JsonShape(new Field[0], maxLength);
    }

    /** This shape and some more fields. */
    public JsonShape with(Field... more) {
        JsonShape shape = new JsonShape(fields.values().toArray(Field[]::new), openMaxLength);
        for (Field f : more) {
            shape.fields.put(f.name(), f);
        }
        return shape;
    }

    public static Field text(String name, FieldLimit limit) {
        return new Field(name, limit.maxLength(), null);
    }

    /** A text with no column of its own (a password, a template or image in base64, a period). */
    public static Field text(String name, int maxLength) {
        return new Field(name, maxLength, null);
    }

    /** A text its reader bounds itself (base64 images, whose limit is configured). */
    public static Field data(String name) {
        return new Field(name, Integer.MAX_VALUE, null);
    }

    /** A date {@code YYYY-MM-DD} or an instant; numbers and booleans fit in the same length. */
    public static Field value(String name) {
        return new Field(name, 40, null);
    }

    public static Field object(String name, JsonShape shape) {
        return new Field(name, -1, shape);
    }

    void check(JsonObject object, String path) {
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String field = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
            Field declared = fields.get(entry.getKey());
            if (declared == null && openMaxLength < 0) {
                throw new ApiException(400, "UNKNOWN_FIELD", "Field '" + field + "' is not part of this request", Map.of("field", field));
            }
            check(entry.getValue(), declared == null ? new Field(entry.getKey(), openMaxLength, null) : declared, field);
        }
    }

    private static void check(JsonValue value, Field declared, String field) {
        switch (value.getValueType()) {
            case OBJECT -> {
                if (declared.shape() != null) {
                    declared.shape().check(value.asJsonObject(), field);
                }
            }
            case ARRAY -> {
                int i = 0;
                for (JsonValue item : value.asJsonArray()) {
                    check(item, declared, field + "[" + i++ + "]");
                }
            }
            case STRING -> {
                if (declared.maxLength() >= 0 && ((JsonString) value).getString().length() > declared.maxLength()) {
                    throw JsonBody.invalidField(field, "may have at most " + declared.maxLength() + " characters");
                }
            }
            default -> {
            }
        }
    }
}
