package org.opentvs.partner.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.platform.boundary.Refusals;
import org.opentvs.stay.entity.DocumentKey;

class PartnerRecordsRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static DocumentKey key(String body) {
        return PartnerRecordsResource.key(JsonRequestReader.readOrRefuse(PartnerRecordsRequest.class, body), TODAY);
    }

    private static ApiException refused(String body) {
        return Refusals.refusal(() -> key(body));
    }

    @Test
    void theDocumentIsAskedAboutInUpperCase() {
        assertEquals(new DocumentKey("PQDOC1", "GBR", LocalDate.of(1970, 7, 7)),
                key("{\"documentNumber\":\" pqdoc1 \",\"documentCountry\":\"gbr\",\"dateOfBirth\":\"1970-07-07\"}"));
        assertNull(JsonRequestReader.read(PartnerRecordsRequest.class,
                "{\"partner\":\"\",\"documentNumber\":\"A1\",\"documentCountry\":\"GBR\",\"dateOfBirth\":\"1970-07-07\"}").partner());
    }

    @Test
    void eachRuleIsA422NamingTheField() {
        assertEquals("Field 'documentNumber' must be 1 to 35 letters and digits",
                refused("{\"documentNumber\":\"PQ-1\",\"documentCountry\":\"GBR\",\"dateOfBirth\":\"1970-07-07\"}").getMessage());
        assertEquals("Field 'documentCountry' must be an ISO 3166 alpha-3 code such as GBR",
                refused("{\"documentNumber\":\"PQ1\",\"documentCountry\":\"GB\",\"dateOfBirth\":\"1970-07-07\"}").getMessage());
        assertEquals("Field 'partner' must be an ISO 3166 alpha-3 code such as CAN",
                refused("{\"partner\":\"C1N\",\"documentNumber\":\"PQ1\",\"documentCountry\":\"GBR\",\"dateOfBirth\":\"1970-07-07\"}")
                        .getMessage());
        assertEquals("Field 'dateOfBirth' is required", refused("{\"documentNumber\":\"PQ1\",\"documentCountry\":\"GBR\"}").getMessage());
        assertEquals("Field 'documentNumber' is required",
                refused("{\"documentCountry\":\"GBR\",\"dateOfBirth\":\"1970-07-07\"}").getMessage());
        assertEquals("Field 'dateOfBirth' lies in the future",
                refused("{\"documentNumber\":\"PQ1\",\"documentCountry\":\"GBR\",\"dateOfBirth\":\"2026-12-08\"}").getMessage());
        ApiException badDate = refused("{\"documentNumber\":\"PQ1\",\"documentCountry\":\"GBR\",\"dateOfBirth\":\"07/07/1970\"}");
        assertEquals(422, badDate.status());
        assertEquals("dateOfBirth", badDate.details().get("field"));
        ApiException unknown = refused(
                "{\"documentNumber\":\"PQ1\",\"documentCountry\":\"GBR\",\"dateOfBirth\":\"1970-07-07\",\"familyName\":\"X\"}");
        assertEquals(400, unknown.status());
        assertEquals("familyName", unknown.details().get("field"));
    }
}
