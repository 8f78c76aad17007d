package org.opentvs.stay.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.platform.boundary.Refusals;
import org.opentvs.stay.entity.DocumentKey;

class BoardingCheckRequestTest {

    private static final String CHECK = "{\"flight\":{\"carrier\":\"sx\",\"number\":\"455\",\"date\":\"2026-12-08\"},"
            + "\"travelers\":[{\"reference\":\"A-1\",\"documentNumber\":\"brda1\",\"documentCountry\":\"deu\",\"dateOfBirth\":\"1980-01-01\"}]}";

    private static BoardingCheckRequest read(String json) {
        return JsonRequestReader.readOrRefuse(BoardingCheckRequest.class, json);
    }

    private static ApiException refused(int status, String code, String field, String json) {
        return Refusals.assertRefused(status, code, field, () -> read(json));
    }

    @Test
    void aCheckIsBoundAndItsDocumentKeysUpperCased() {
        BoardingCheckRequest r = read(CHECK);
        assertEquals(new BoardingCheckRequest.Flight("sx", "455", LocalDate.of(2026, 12, 8)), r.flight());
        BoardingCheckRequest.Traveler t = r.travelers().get(0);
        assertEquals("A-1", t.reference());
        DocumentKey key = DocumentKeys.of(t.documentNumber(), t.documentCountry(), t.dateOfBirth(), LocalDate.of(2026, 12, 7),
                "travelers[0].dateOfBirth");
        assertEquals(new DocumentKey("BRDA1", "DEU", LocalDate.of(1980, 1, 1)), key);
        assertEquals(List.of(), read("{\"flight\":{\"carrier\":\"SX\",\"number\":\"1\",\"date\":\"2026-12-08\"}}").travelers());
    }

    @Test
    void eachFieldRuleIsA422NamingTheField() {
        refused(422, "INVALID_FIELD", "flight", "{\"travelers\":[]}");
        refused(422, "INVALID_FIELD", "flight.carrier", CHECK.replace("\"carrier\":\"sx\",", ""));
        refused(422, "INVALID_FIELD", "flight.carrier", CHECK.replace("\"sx\"", "\"SXXX\""));
        refused(422, "INVALID_FIELD", "flight.number", CHECK.replace("\"number\":\"455\",", ""));
        refused(422, "INVALID_FIELD", "flight.date", CHECK.replace(",\"date\":\"2026-12-08\"", ""));
        refused(422, "INVALID_FIELD", "flight.date", CHECK.replace("2026-12-08", "2026-13-08"));
        refused(422, "INVALID_FIELD", "travelers[0].reference", CHECK.replace("A-1", "R".repeat(71)));
        refused(422, "INVALID_FIELD", "travelers[0].documentNumber", CHECK.replace("\"documentNumber\":\"brda1\",", ""));
        assertEquals("Field 'travelers[0].documentNumber' must be 1 to 35 letters and digits",
                refused(422, "INVALID_FIELD", "travelers[0].documentNumber", CHECK.replace("brda1", "BRD-A1")).getMessage());
        refused(422, "INVALID_FIELD", "travelers[0].documentCountry", CHECK.replace("\"documentCountry\":\"deu\",", ""));
        assertEquals("Field 'travelers[0].documentCountry' must be an ISO 3166 alpha-3 code such as GBR",
                refused(422, "INVALID_FIELD", "travelers[0].documentCountry", CHECK.replace("deu", "de")).getMessage());
        refused(422, "INVALID_FIELD", "travelers[0].dateOfBirth", CHECK.replace(",\"dateOfBirth\":\"1980-01-01\"", ""));
        refused(422, "INVALID_FIELD", "travelers[0]", CHECK.replace("[{", "[null,{"));
        refused(400, "UNKNOWN_FIELD", "travelers[0].familyName", CHECK.replace("\"reference\"", "\"familyName\":\"X\",\"reference\""));
    }

    @Test
    void aDateOfBirthInTheFutureIsRefusedNamingTheTraveler() {
        ApiException e = assertThrows(ApiException.class,
                () -> DocumentKeys.of("BRDA1", "DEU", LocalDate.of(2030, 1, 1), LocalDate.of(2026, 12, 7), "travelers[3].dateOfBirth"));
        assertEquals(422, e.status());
        assertEquals("travelers[3].dateOfBirth", e.details().get("field"));
        assertEquals("Field 'travelers[3].dateOfBirth' lies in the future", e.getMessage());
    }
}
