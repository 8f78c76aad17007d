package org.opentvs.holdings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.platform.boundary.Refusals;

class HoldingRequestTest {

    private static final String TEMPLATE = "{\"template\":{\"algorithm\":\"cosine-v1\",\"data\":\"AACAPwAAAAA=\"}}";
    private static final String HOLDING = "{\"source\":\"dos_passport\",\"person\":{\"familyName\":\"QXHELD\",\"givenNames\":\"A\","
            + "\"dateOfBirth\":\"1970-01-01\",\"sex\":\"f\",\"nationality\":\"deu\",\"usCitizen\":false},"
            + "\"documents\":[{\"type\":\"P\",\"number\":\"QXH1\",\"issuingCountry\":\"DEU\",\"expiry\":\"2031-01-01\"}],"
            + "\"faces\":[" + TEMPLATE + "],\"ports\":[\"qxz\"]}";

    private static HoldingRequest read(String json) {
        return JsonRequestReader.readOrRefuse(HoldingRequest.class, json);
    }

    private static ApiException refused(int status, String code, String field, String json) {
        return Refusals.assertRefused(status, code, field, () -> read(json));
    }

    @Test
    void aFullHoldingIsBoundWithItsDocumentsFacesAndPorts() {
        HoldingRequest r = read(HOLDING);
        assertEquals("dos_passport", r.source());
        assertEquals(LocalDate.of(1970, 1, 1), r.person().dateOfBirth());
        assertEquals(Boolean.FALSE, r.person().usCitizen());
        assertEquals(List.of(new HoldingRequest.Document("P", "QXH1", "DEU", LocalDate.of(2031, 1, 1))), r.documents());
        assertEquals("cosine-v1", r.faces().get(0).template().algorithm());
        assertEquals(List.of("qxz"), r.ports());
    }

    @Test
    void absentListsAreEmpty() {
        HoldingRequest r = read("{\"source\":\"S\",\"person\":{\"familyName\":\"QX\"}}");
        assertEquals(List.of(), r.documents());
        assertEquals(List.of(), r.faces());
        assertEquals(List.of(), r.ports());
        assertNull(r.person().usCitizen());
    }

    @Test
    void eachFieldRuleIsA422NamingTheField() {
        refused(422, "INVALID_FIELD", "source", HOLDING.replace("\"source\":\"dos_passport\",", ""));
        refused(422, "INVALID_FIELD", "source", HOLDING.replace("dos_passport", "S".repeat(31)));
        refused(422, "INVALID_FIELD", "person", HOLDING.replaceFirst("\"person\":\\{[^}]*\\},", ""));
        refused(422, "INVALID_FIELD", "person.familyName", HOLDING.replace("\"familyName\":\"QXHELD\",", ""));
        refused(422, "INVALID_FIELD", "person.givenNames", HOLDING.replace("\"A\"", "\"" + "G".repeat(201) + "\""));
        refused(422, "INVALID_FIELD", "person.dateOfBirth", HOLDING.replace("1970-01-01", "+999999999-12-31"));
        assertEquals("Field 'person.sex' must be M, F, X or U",
                refused(422, "INVALID_FIELD", "person.sex", HOLDING.replace("\"f\"", "\"Q\"")).getMessage());
        refused(422, "INVALID_FIELD", "person.sex", HOLDING.replace("\"f\"", "\"FF\""));
        assertEquals("Field 'person.nationality' must be an ISO 3166 country code",
                refused(422, "INVALID_FIELD", "person.nationality", HOLDING.replace("deu", "d1")).getMessage());
        refused(422, "INVALID_FIELD", "person.usCitizen", HOLDING.replace("false", "\"no\""));
        refused(422, "INVALID_FIELD", "documents[0].type", HOLDING.replace("\"P\"", "\"PASS\""));
        refused(422, "INVALID_FIELD", "documents[0].number", HOLDING.replace("\"number\":\"QXH1\",", ""));
        refused(422, "INVALID_FIELD", "documents[0].issuingCountry", HOLDING.replace(",\"issuingCountry\":\"DEU\"", ""));
        refused(422, "INVALID_FIELD", "documents[0].issuingCountry", HOLDING.replace("\"DEU\"", "\"D3U\""));
        refused(422, "INVALID_FIELD", "documents[0].expiry", HOLDING.replace("2031-01-01", "2031-02-30"));
        refused(422, "INVALID_FIELD", "ports[0]", HOLDING.replace("\"qxz\"", "\"QXZQXZ\""));
        refused(400, "UNKNOWN_FIELD", "person.nation", HOLDING.replace("\"nationality\"", "\"nation\""));
        refused(400, "UNKNOWN_FIELD", "faces[0].template.dimension", HOLDING.replace("\"data\"", "\"dimension\":2,\"data\""));
    }

    @Test
    void aHoldingHasAtMostTenFaces() {
        String eleven = String.join(",", java.util.Collections.nCopies(11, TEMPLATE));
        assertEquals("Field 'faces' may hold at most 10 faces",
                refused(422, "INVALID_FIELD", "faces", HOLDING.replace("[" + TEMPLATE + "]", "[" + eleven + "]")).getMessage());
        read(HOLDING.replace("[" + TEMPLATE + "]", "[" + String.join(",", java.util.Collections.nCopies(10, TEMPLATE)) + "]"));
    }
}
