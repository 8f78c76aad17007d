package org.opentvs.alerting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.alerting.control.ListedPerson;
import org.opentvs.alerting.entity.WatchlistEntry;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.platform.control.Refusal;

class WatchlistRequestsTest {

    private static WatchlistRequests.Parsed parse(String json) {
        return WatchlistRequests.parse(JsonRequestReader.readOrRefuse(WatchlistRequest.class, json));
    }

    private static String code(String json) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> parse(json));
        return refused instanceof ApiException api ? api.code() : ((Refusal) refused).code();
    }

    @Test
    void aFullEntryIsReadWithVariantsDocumentsAndNormalisedCodes() {
        WatchlistRequests.Parsed p = parse("{\"category\":\"wanted\",\"person\":{\"familyName\":\"Volkov\",\"givenNames\":\"Dmitri\","
                + "\"dateOfBirth\":\"1979-11-02\",\"nationality\":\"rus\"},\"nameVariants\":[{\"familyName\":\"Wolkow\"},"
                + "{\"familyName\":\"Volkoff\",\"givenNames\":\"Dmitry\"}],\"documents\":[{\"number\":\"72 1234-567\",\"issuingCountry\":\"RUS\"}]}");
        assertEquals("WANTED", p.category());
        assertEquals("RUS", p.nationality());
        assertEquals(LocalDate.parse("1979-11-02"), p.dob());
        assertEquals(List.of("Wolkow", "Volkoff,Dmitry"), p.variants());
        assertEquals("721234567", p.documents().get(0).number());
        WatchlistEntry entry = p.entry(Instant.EPOCH, "client:feed");
        assertEquals(List.of("Wolkow", "Volkoff,Dmitry"), entry.nameVariants());
        ListedPerson listed = ListedPerson.of(entry.id(), entry.category(), entry.familyName(), entry.givenNames(), entry.nameVariants(),
                entry.dateOfBirth(), entry.nationality(), List.of());
        assertEquals(3, listed.names().size());
        assertEquals("VOLKOFF", listed.names().get(2).family());
        assertEquals("DMITRY", listed.names().get(2).given());
    }

    @Test
    void incompleteOrMalformedEntriesAreRefusedWithTheirReason() {
        assertEquals("EMPTY_ENTRY", code("{\"category\":\"WANTED\"}"));
        assertEquals("INVALID_FIELD", code("{\"person\":{\"familyName\":\"X\"}}"));
        assertEquals("INVALID_FIELD", code("{\"category\":\"no spaces please\",\"person\":{\"familyName\":\"X\"}}"));
        assertEquals("INVALID_FIELD", code("{\"category\":\"WANTED\",\"person\":{\"familyName\":\"X\",\"nationality\":\"R1\"}}"));
        assertEquals("INVALID_FIELD", code("{\"category\":\"WANTED\",\"person\":{\"familyName\":\"X\",\"dateOfBirth\":\"02/11/1979\"}}"));
        assertEquals("INVALID_FIELD", code("{\"category\":\"WANTED\",\"documents\":[{\"number\":\"#\"}]}"));
        assertEquals("INVALID_FIELD",
                code("{\"category\":\"WANTED\",\"nameVariants\":[{\"familyName\":\"A|B\"}],\"person\":{\"familyName\":\"X\"}}"));
        assertEquals("INVALID_FIELD", code("{\"category\":\"WANTED\",\"nameVariants\":[{\"familyName\":\"B\"}]}"));
        assertEquals("UNKNOWN_ALGORITHM",
                code("{\"category\":\"WANTED\",\"faces\":[{\"template\":{\"algorithm\":\"x\",\"data\":\"AAAA\"}}]}"));
        assertEquals("TEMPLATE_MALFORMED",
                code("{\"category\":\"WANTED\",\"faces\":[{\"template\":{\"algorithm\":\"cosine-v1\",\"data\":\"@@\"}}]}"));
    }
}
