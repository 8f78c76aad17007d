package org.opentvs.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opentvs.platform.boundary.JsonShape.object;
import static org.opentvs.platform.boundary.JsonShape.text;
import static org.opentvs.platform.boundary.JsonShape.value;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.control.FieldLimit;

class JsonBodyTest {

    private static final JsonShape SHAPE = JsonShape.of(text("name", FieldLimit.CLIENT_NAME), value("born"),
            object("person", JsonShape.of(text("familyName", FieldLimit.FAMILY_NAME))),
            object("documents", JsonShape.of(text("number", FieldLimit.DOCUMENT_NUMBER))));

    private static ApiException refused(String body) {
        return assertThrows(ApiException.class, () -> JsonBody.parse(body, SHAPE));
    }

    @Test
    void aBodyOfItsShapeIsRead() {
        JsonBody json = JsonBody.parse(" {\"name\":\"x\",\"born\":\"1980-02-29\",\"person\":{\"familyName\":\"Y\"},"
                + "\"documents\":[{\"number\":\"P1\"}]} \n", SHAPE);
        assertEquals("x", json.string("name"));
        assertEquals(LocalDate.of(1980, 2, 29), json.date("born"));
        assertEquals("P1", json.objects("documents").get(0).string("number"));
    }

    @Test
    void anUnknownFieldIsA400NamingItAtAnyDepth() {
        ApiException top = refused("{\"name\":\"x\",\"familyName\":\"Y\"}");
        assertEquals(400, top.status());
        assertEquals("UNKNOWN_FIELD", top.code());
        assertEquals("familyName", top.details().get("field"));
        assertEquals("person.givenName", refused("{\"person\":{\"givenName\":\"Y\"}}").details().get("field"));
        assertEquals("documents[1].type", refused("{\"documents\":[{\"number\":\"1\"},{\"type\":\"P\"}]}").details().get("field"));
    }

    @Test
    void aTextLongerThanItsColumnIsA422NamingIt() {
        assertEquals(FieldLimit.FAMILY_NAME.maxLength(), 100);
        JsonBody.parse("{\"person\":{\"familyName\":\"" + "A".repeat(100) + "\"}}", SHAPE);
        ApiException e = refused("{\"person\":{\"familyName\":\"" + "A".repeat(101) + "\"}}");
        assertEquals(422, e.status());
        assertEquals("person.familyName", e.details().get("field"));
        assertEquals("documents[0].number", refused("{\"documents\":[{\"number\":\"" + "9".repeat(36) + "\"}]}").details().get("field"));
    }

    @Test
    void nulInATextOrAFieldNameIsA400() {
        ApiException e = refused("{\"person\":{\"familyName\":\"A\\u0000B\"}}");
        assertEquals(400, e.status());
        assertEquals("NUL_CHARACTER", e.code());
        assertEquals("person.familyName", e.details().get("field"));
        assertEquals(400, refused("{\"na\\u0000me\":\"x\"}").status());
    }

    @Test
    void nestingBeyondTheLimitIsA400NotTheParsersError() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        ApiException e = refused("{\"name\":" + deep + "}");
        assertEquals(400, e.status());
        assertEquals("BAD_REQUEST", e.code());
        String inString = "{\"name\":\"" + "[".repeat(50) + "\"}";
        assertEquals("[".repeat(50), JsonBody.parse(inString, SHAPE).string("name"), "brackets inside a string are text");
    }

    @Test
    void contentAfterTheValueIsA400() {
        assertEquals(400, refused("{\"name\":\"x\"}}").status());
        assertEquals(400, refused("{\"name\":\"x\"}{\"name\":\"y\"}").status());
        assertEquals(400, refused("{\"name\":\"x\"} 1").status());
        assertEquals(400, refused("{\"name\":\"x\\\"}\"}x").status());
    }

    @Test
    void malformedOrNonObjectBodiesAreA400() {
        assertEquals(400, refused("{\"name\":").status());
        assertEquals(400, refused("[]").status());
        assertEquals(400, refused("").status());
        assertEquals(400, refused("\"x\"").status());
    }

    @Test
    void datesOutsideYearsOneTo9999AreA422NamingTheField() {
        ApiException e = assertThrows(ApiException.class, () -> JsonBody.parse("{\"born\":\"+999999999-12-31\"}", SHAPE).date("born"));
        assertEquals(422, e.status());
        assertEquals("born", e.details().get("field"));
        assertThrows(ApiException.class, () -> JsonBody.parse("{\"born\":\"-0001-01-01\"}", SHAPE).date("born"));
        assertEquals(LocalDate.of(9999, 12, 31), JsonBody.parse("{\"born\":\"9999-12-31\"}", SHAPE).date("born"));
        assertThrows(ApiException.class, () -> JsonBody.parse("{\"born\":\"+10000-01-01T00:00:00Z\"}", SHAPE).optionalInstant("born"));
    }

    @Test
    void anOpenShapeTakesAnyNameButBoundsValues() {
        JsonShape open = JsonShape.open(5);
        assertEquals("abc", JsonBody.parse("{\"any\":\"abc\"}", open).string("any"));
        assertEquals(422, assertThrows(ApiException.class, () -> JsonBody.parse("{\"any\":\"abcdef\"}", open)).status());
    }
}
