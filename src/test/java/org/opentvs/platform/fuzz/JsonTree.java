package org.opentvs.platform.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON body as plain maps and lists the fuzzer can change in place, with the field paths the API names in its errors. */
final class JsonTree {

    /** A value in the tree: its field path, its container and its key (a String) or index (an Integer). */
    record Slot(String path, Object container, Object key, Object value) {

        @SuppressWarnings("unchecked")
        void set(Object replacement) {
            if (container instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put((String) key, replacement);
            } else {
                ((List<Object>) container).set((Integer) key, replacement);
            }
        }
    }

    private JsonTree() {
    }

    static Object parse(String json) {
        return plain(Json.createReader(new StringReader(json)).readValue());
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(plain(v)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    static List<Slot> slots(Object root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        return slots;
    }

    private static void collect(Object node, String path, List<Slot> slots) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String p = path.isEmpty() ? (String) k : path + "." + k;
                slots.add(new Slot(p, map, k, v));
                collect(v, p, slots);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String p = path + "[" + i + "]";
                slots.add(new Slot(p, list, i, list.get(i)));
                collect(list.get(i), p, slots);
            }
        }
    }

    static String write(Object node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Object node, StringBuilder out) {
        if (node instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string((String) e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (node instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (node instanceof String s) {
            string(s, out);
        } else if (node instanceof Raw raw) {
            out.append(raw.text());
        } else {
            out.append(node);
        }
    }

    /** Text written as it is (numbers beyond double, nesting built as text). */
    record Raw(String text) {
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
