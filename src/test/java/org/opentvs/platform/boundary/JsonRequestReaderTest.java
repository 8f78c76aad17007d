package org.opentvs.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.alerting.boundary.WatchlistRequest;

class JsonRequestReaderTest {

    private static ApiException refused(String body) {
        try {
            JsonRequestReader.readOrRefuse(WatchlistRequest.class, body);
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("accepted: " + body);
    }

    private static void assertRefused(int status, String code, String field, String body) {
        ApiException e = refused(body);
        assertEquals(status, e.status(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(field, e.details().get("field"), e.getMessage());
    }

    @Test
    void bindsNestedRecordsTrimsTextsAndLeavesEmptyOnesOut() {
        WatchlistRequest r = JsonRequestReader.readOrRefuse(WatchlistRequest.class, """
                {"category": " wanted ", "externalRef": "  ", "person": {"familyName": "Doe", "dateOfBirth": "1980-02-29"},
                 "documents": [{"number": "X123456", "issuingCountry": "fra"}]}""");
        assertEquals("wanted", r.category());
        assertNull(r.externalRef());
        assertEquals("Doe", r.person().familyName());
        assertEquals(LocalDate.of(1980, 2, 29), r.person().dateOfBirth());
        assertEquals(List.of(new WatchlistRequest.Document("X123456", "fra")), r.documents());
        assertEquals(List.of(), r.faces());
    }

    @Test
    void anUnknownFieldIsA400NamingItWhereverItIs() {
        assertRefused(400, "UNKNOWN_FIELD", "colour", "{\"category\":\"WANTED\",\"colour\":1}");
        assertRefused(400, "UNKNOWN_FIELD", "documents[1].expiry",
                "{\"category\":\"WANTED\",\"documents\":[{\"number\":\"X1234\"},{\"number\":\"X1234\",\"expiry\":\"2030\"}]}");
        assertRefused(400, "UNKNOWN_FIELD", "faces[0].template.dimension",
                "{\"category\":\"WANTED\",\"faces\":[{\"template\":{\"algorithm\":\"cosine-v1\",\"dimension\":512}}]}");
    }

    @Test
    void aValueOfTheWrongKindIsA422NamingIt() {
        assertRefused(422, "INVALID_FIELD", "category", "{\"category\":42}");
        assertRefused(422, "INVALID_FIELD", "person", "{\"category\":\"WANTED\",\"person\":\"Doe\"}");
        assertRefused(422, "INVALID_FIELD", "documents", "{\"category\":\"WANTED\",\"documents\":{\"number\":\"X1234\"}}");
        assertRefused(422, "INVALID_FIELD", "documents[0]", "{\"category\":\"WANTED\",\"documents\":[null]}");
        assertRefused(422, "INVALID_FIELD", "person.dateOfBirth", "{\"category\":\"WANTED\",\"person\":{\"dateOfBirth\":\"1980-02-30\"}}");
        assertRefused(422, "INVALID_FIELD", "person.dateOfBirth",
                "{\"category\":\"WANTED\",\"person\":{\"dateOfBirth\":\"+10000-01-01\"}}");
    }

    @Test
    void constraintsNameTheFieldAndSayWhatIsWrong() {
        ApiException missing = refused("{\"person\":{\"familyName\":\"Doe\"}}");
        assertEquals("Field 'category' is required", missing.getMessage());
        ApiException tooLong = refused("{\"category\":\"WANTED\",\"person\":{\"familyName\":\"" + "x".repeat(101) + "\"}}");
        assertEquals("Field 'person.familyName' may have at most 100 characters", tooLong.getMessage());
        assertRefused(422, "INVALID_FIELD", "documents[1].number",
                "{\"category\":\"WANTED\",\"documents\":[{\"number\":\"X1234\"},{\"number\":\"X!\"}]}");
        assertRefused(422, "INVALID_FIELD", "nameVariants[0].familyName", "{\"category\":\"WANTED\",\"nameVariants\":[{}]}");
        String many = "{\"number\":\"X1234\"},".repeat(21);
        assertRefused(422, "INVALID_FIELD", "documents",
                "{\"category\":\"WANTED\",\"documents\":[" + many.substring(0, many.length() - 1) + "]}");
    }

    @Test
    void severalViolationsAlwaysNameTheSameField() {
        String body = "{\"category\":\"W\",\"person\":{\"nationality\":\"FRANCE\"},\"documents\":[{\"number\":\"!\"}]}";
        for (int i = 0; i < 20; i++) {
            assertEquals("category", refused(body).details().get("field"));
        }
    }

    @Test
    void textThatIsNotOneJsonObjectIsA400() {
        assertRefused(400, "BAD_REQUEST", null, "");
        assertRefused(400, "BAD_REQUEST", null, "[1]");
        assertRefused(400, "BAD_REQUEST", null, "{\"category\":\"WANTED\"} {}");
        assertRefused(400, "BAD_REQUEST", null, "{\"category\":");
        assertRefused(400, "NUL_CHARACTER", "category", "{\"category\":\"WA\\u0000NTED\"}");
    }

    @Test
    void theTextChecksComeFirstAndBracketsInsideAStringAreText() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertRefused(400, "BAD_REQUEST", null, "{\"category\":" + deep + "}");
        assertRefused(400, "BAD_REQUEST", null, "{\"category\":\"x\\\"}\"}x");
        assertRefused(400, "NUL_CHARACTER", "(a field name)", "{\"na\\u0000me\":\"x\"}");
        assertEquals("[".repeat(50) + "]", JsonRequestReader.readOrRefuse(WatchlistRequest.class,
                "{\"category\":\"WANTED\",\"externalRef\":\"" + "[".repeat(50) + "]\"}").externalRef());
    }

    @Test
    void anOpenBodyGetsTheTextChecksOnly() {
        assertEquals(2, JsonRequestReader.object("{\"a\":1,\"b\":\"x\"}").size());
        assertRefused(400, "BAD_REQUEST", null, "[]");
        assertEquals("BAD_REQUEST", assertThrows(ApiException.class, () -> JsonRequestReader.object("{} {}")).code());
    }

    @Test
    void theMapperAnswersWithTheFieldRefusal() {
        try {
            JsonRequestReader.read(WatchlistRequest.class, "{\"category\":\"W\"}");
        } catch (ConstraintViolationException e) {
            ApiException refusal = ConstraintViolationMapper.refusal(e);
            assertEquals(422, refusal.status());
            assertEquals("INVALID_FIELD", refusal.code());
            assertEquals("Field 'category' must be 2 to 30 letters, digits or _", refusal.getMessage());
            assertEquals(java.util.Map.of("field", "category"), refusal.details());
            return;
        }
        throw new AssertionError("a one-letter category was accepted");
    }

    @Test
    void everyRequestRecordHasAShape() {
        assertThrows(IllegalArgumentException.class, () -> RecordShape.of(Unbindable.class));
    }

    record Unbindable(Object anything) {
    }
}
