package org.opentvs.platform.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of a valid JSON body, each with what the API must answer: overlong texts (422
 * naming the field), NUL (400 naming it), unknown fields (400 naming it), too-deep nesting and
 * trailing content (400), unknown charsets (415); and, with no more than "below 500" expected,
 * broken syntax, wrong kinds, out-of-range dates and numbers, odd Unicode and foreign media types.
 */
public final class JsonMutations {

    private static final String JSON = "application/json";
    private static final List<String> BAD_DATES = List.of("+999999999-12-31", "-999999999-01-01", "0000-00-00", "2026-02-30",
            "99999-01-01", "+10000-01-01T00:00:00Z", "2026-13-01", "1-1-1", "2026-01-01T25:00:00Z", "");
    private static final List<String> TRAILERS = List.of("}", "{}", " x", "]", "{\"a\":1}", "\"s\"", "0", ",", "null");
    private static final List<String> CHARSETS = List.of("bogus", "utf-99", "x y", "\"nope\"", "UTF-8;x=1", "ISO-8859-1", "utf-16",
            "US-ASCII");
    private static final List<String> ODD = List.of("\ud800", "\udfff", "\uffff", "\u202e", "😀", "e\u0301", "\u0007", "\\",
            "'; drop table x; --",
            "../../etc/passwd", "${jndi:ldap://x}", "%00", "\u00ff\u00fe");
    private static final List<String> NUMBERS = List.of("1e999", "-1e999", "123456789012345678901234567890", "1e-999", "-0", "0.0000001",
            "9223372036854775808");

    private final Random random;

    public JsonMutations(long seed) {
        this.random = new Random(seed);
    }

    public FuzzCase mutate(JsonTarget target) {
        Object root = JsonTree.parse(target.body());
        List<JsonTree.Slot> slots = JsonTree.slots(root);
        int kind = random.nextInt(15);
        return switch (kind) {
            case 0, 1 -> overlong(target, root, slots);
            case 2 -> nul(target, root, slots);
            case 3, 4 -> unknownField(target, root, slots);
            case 5 -> deep(target, root, slots);
            case 6 -> trailing(target);
            case 7 -> syntax(target);
            case 8 -> wrongKind(target, root, slots);
            case 9 -> badDate(target, root, slots);
            case 10 -> charset(target);
            case 11 -> odd(target, root, slots);
            case 12 -> number(target, root, slots);
            case 13 -> mediaType(target);
            default -> FuzzCase.any("valid", target.method(), target.path(), JSON, bytes(target.body()));
        };
    }

    private FuzzCase overlong(JsonTarget t, Object root, List<JsonTree.Slot> slots) {
        List<JsonTree.Slot> texts = slots.stream().filter(s -> s.value() instanceof String && !s.path().endsWith("data")).toList();
        if (texts.isEmpty()) {
            return trailing(t);
        }
        JsonTree.Slot slot = pick(texts);
        slot.set(repeat(1001 + random.nextInt(20_000)));
        return json("overlong", t, root, 422, "INVALID_FIELD", slot.path());
    }

    private FuzzCase nul(JsonTarget t, Object root, List<JsonTree.Slot> slots) {
        List<JsonTree.Slot> texts = slots.stream().filter(s -> s.value() instanceof String).toList();
        JsonTree.Slot slot = pick(texts);
        String text = (String) slot.value();
        int at = random.nextInt(text.length() + 1);
        slot.set(text.substring(0, at) + "\u0000" + text.substring(at));
        return json("nul", t, root, 400, "NUL_CHARACTER", slot.path());
    }

    @SuppressWarnings("unchecked")
    private FuzzCase unknownField(JsonTarget t, Object root, List<JsonTree.Slot> slots) {
        List<JsonTree.Slot> objects = slots.stream().filter(s -> s.value() instanceof Map).toList();
        String name = "qx" + Integer.toString(random.nextInt(1 << 20), 36);
        if (objects.isEmpty() || random.nextBoolean()) {
            ((Map<String, Object>) root).put(name, randomValue());
            return json("unknown", t, root, 400, "UNKNOWN_FIELD", name);
        }
        JsonTree.Slot slot = pick(objects);
        ((Map<String, Object>) slot.value()).put(name, randomValue());
        return json("unknown", t, root, 400, "UNKNOWN_FIELD", slot.path() + "." + name);
    }

    private FuzzCase deep(JsonTarget t, Object root, List<JsonTree.Slot> slots) {
        int depth = 17 + random.nextInt(random.nextBoolean() ? 100 : 6000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        pick(slots).set(new JsonTree.Raw(open.repeat(depth) + "1" + close.repeat(depth)));
        return json("deep", t, root, 400, "BAD_REQUEST", null);
    }

    private FuzzCase trailing(JsonTarget t) {
        String body = t.body() + (random.nextBoolean() ? "" : " ") + pick(TRAILERS);
        return new FuzzCase("trailing", t.method(), t.path(), JSON, bytes(body), 400, "BAD_REQUEST", null);
    }

    private FuzzCase syntax(JsonTarget t) {
        StringBuilder body = new StringBuilder(t.body());
        int at = random.nextInt(body.length());
        switch (random.nextInt(4)) {
            case 0 -> body.setLength(at);
            case 1 -> body.deleteCharAt(at);
            case 2 -> body.insert(at, "{}[]\",:\\".charAt(random.nextInt(8)));
            default -> body.setCharAt(at, (char) random.nextInt(128));
        }
        return FuzzCase.any("syntax", t.method(), t.path(), JSON, bytes(body.toString()));
    }

    private FuzzCase wrongKind(JsonTarget t, Object root, List<JsonTree.Slot> slots) {
        pick(slots).set(randomValue());
        return json("kind", t, root, 0, null, null);
    }

    private FuzzCase badDate(JsonTarget t, Object root, List<JsonTree.Slot> slots) {
        List<JsonTree.Slot> dates = slots.stream().filter(s -> s.value() instanceof String v && v.matches("\\d{4}-\\d\\d-\\d\\d.*"))
                .toList();
        if (dates.isEmpty()) {
            return syntax(t);
        }
        pick(dates).set(pick(BAD_DATES));
        return json("date", t, root, 0, null, null);
    }

    private FuzzCase charset(JsonTarget t) {
        String charset = pick(CHARSETS);
        boolean known = !List.of("bogus", "utf-99", "\"nope\"").contains(charset);
        String type = JSON + "; charset=" + charset;
        return known
                ? FuzzCase.any("charset", t.method(), t.path(), type, bytes(t.body()))
                : new FuzzCase("charset", t.method(), t.path(), type, bytes(t.body()), 415, "UNSUPPORTED_CHARSET", null);
    }

    private FuzzCase odd(JsonTarget t, Object root, List<JsonTree.Slot> slots) {
        List<JsonTree.Slot> texts = slots.stream().filter(s -> s.value() instanceof String).toList();
        JsonTree.Slot slot = pick(texts);
        slot.set(slot.value() + pick(ODD));
        return json("unicode", t, root, 0, null, null);
    }

    private FuzzCase number(JsonTarget t, Object root, List<JsonTree.Slot> slots) {
        pick(slots).set(new JsonTree.Raw(pick(NUMBERS)));
        return json("number", t, root, 0, null, null);
    }

    private FuzzCase mediaType(JsonTarget t) {
        String type = pick(List.of("text/plain", "application/xml", "", "application/x-www-form-urlencoded", "*/*", "application/json;"));
        byte[] body = random.nextBoolean() ? bytes(t.body()) : randomBytes();
        return FuzzCase.any("media", t.method(), t.path(), type.isEmpty() ? null : type, body);
    }

    private FuzzCase json(String kind, JsonTarget t, Object root, int status, String code, String field) {
        return new FuzzCase(kind, t.method(), t.path(), JSON, bytes(JsonTree.write(root)), status, code, field);
    }

    private Object randomValue() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> Boolean.TRUE;
            case 2 -> new JsonTree.Raw(Integer.toString(random.nextInt()));
            case 3 -> new JsonTree.Raw("[1,\"a\",{}]");
            case 4 -> new JsonTree.Raw("{\"x\":\"y\"}");
            default -> "qx";
        };
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private String repeat(int length) {
        return String.valueOf((char) ('A' + random.nextInt(26))).repeat(length);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
