package org.opentvs.reconciliation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.platform.boundary.Refusals;
import org.opentvs.reconciliation.entity.Admission;

class AdmissionJsonTest {

    private static final String ONE = "{\"familyName\":\"Doe\",\"givenNames\":\"Jane\",\"dateOfBirth\":\"1970-01-01\",\"nationality\":\"deu\","
            + "\"documentNumber\":\"c01x\",\"documentCountry\":\"DEU\",\"classOfAdmission\":\"b2\",\"sex\":\"f\",\"port\":\"jfk\","
            + "\"admittedAt\":\"2001-01-01T10:00:00Z\",\"admitUntil\":\"2001-06-01\"}";

    /** What the resource stores for a body: its admissions, read with their rules. */
    private static List<Admission> read(String body) {
        AdmissionFeed feed = JsonRequestReader.readOrRefuse(AdmissionFeed.class, body);
        List<AdmissionRequest> items = AdmissionJson.admissions(feed);
        List<Admission> admissions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            admissions.add(AdmissionJson.read(items.get(i), feed.admissions() == null ? "" : "admissions[" + i + "]."));
        }
        return admissions;
    }

    private static ApiException refused(String body) {
        return Refusals.refusal(() -> read(body));
    }

    private static void assertRefused(int status, String code, String field, String body) {
        ApiException e = refused(body);
        assertEquals(status, e.status(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(field, e.details().get("field"), e.getMessage());
    }

    private static String with(String field, String json) {
        return ONE.replaceFirst("\"" + field + "\":(\"[^\"]*\")", java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + json));
    }

    private static String without(String field) {
        return ONE.replaceFirst(",?\"" + field + "\":\"[^\"]*\"", "").replace("{,", "{");
    }

    @Test
    void oneAdmissionIsReadWithItsCodesInUpperCase() {
        Admission a = read(ONE).get(0);
        assertNotNull(a.id());
        assertNull(a.identityId());
        assertEquals("Doe", a.person().familyName());
        assertEquals("Jane", a.person().givenNames());
        assertEquals(LocalDate.of(1970, 1, 1), a.person().dateOfBirth());
        assertEquals("DEU", a.person().nationality());
        assertEquals("C01X", a.person().documentNumber());
        assertEquals("F", a.sex());
        assertEquals("B2", a.classOfAdmission());
        assertEquals("JFK", a.port());
        assertEquals(Instant.parse("2001-01-01T10:00:00Z"), a.admittedAt());
        assertEquals(LocalDate.of(2001, 6, 1), a.admitUntil());
    }

    @Test
    void aBatchIsReadAsItsAdmissionsWithTheirIds() {
        UUID id = UUID.randomUUID();
        List<Admission> batch = read("{\"admissions\":[" + with("givenNames", "\"A\"") + "," + ONE.replace("{", "{\"id\":\"" + id + "\",")
                + "]}");
        assertEquals(2, batch.size());
        assertEquals("A", batch.get(0).person().givenNames());
        assertEquals(id, batch.get(1).id());
        assertEquals(List.of(), read("{\"admissions\":[]}"));
    }

    @Test
    void everyFieldRuleIsA422NamingTheField() {
        assertRefused(422, "INVALID_FIELD", "familyName", without("familyName"));
        assertRefused(422, "INVALID_FIELD", "dateOfBirth", without("dateOfBirth"));
        assertRefused(422, "INVALID_FIELD", "classOfAdmission", without("classOfAdmission"));
        assertRefused(422, "INVALID_FIELD", "admittedAt", without("admittedAt"));
        assertRefused(422, "INVALID_FIELD", "admittedAt", with("admittedAt", "\"yesterday\""));
        assertRefused(422, "INVALID_FIELD", "admittedAt", with("admittedAt", "\"+999999999-12-31T00:00:00Z\""));
        assertRefused(422, "INVALID_FIELD", "id", ONE.replace("{", "{\"id\":\"not-a-uuid\","));
        assertEquals("Field 'familyName' must be at most 100 printable characters",
                refused(with("familyName", "\"Do\\u0007e\"")).getMessage());
        assertEquals("Field 'familyName' may have at most 100 characters",
                refused(with("familyName", "\"" + "D".repeat(101) + "\"")).getMessage());
        assertEquals("Field 'nationality' must match [A-Z]{3}", refused(with("nationality", "\"DE\"")).getMessage());
        assertEquals("Field 'documentNumber' must match [A-Z0-9]{1,35}", refused(with("documentNumber", "\"C-01\"")).getMessage());
        assertEquals("Field 'sex' must match [MFXU]", refused(with("sex", "\"Q\"")).getMessage());
        assertRefused(422, "INVALID_FIELD", "classOfAdmission", with("classOfAdmission", "\"B 2\""));
        assertRefused(422, "INVALID_FIELD", "port", with("port", "\"J.F.K\""));
    }

    @Test
    void theDatesAreCheckedAgainstTheAdmission() {
        assertEquals("Field 'admitUntil' is before admittedAt", refused(with("admitUntil", "\"2000-12-01\"")).getMessage());
        assertEquals("Field 'dateOfBirth' is after admittedAt", refused(with("dateOfBirth", "\"2001-01-02\"")).getMessage());
        assertRefused(422, "INVALID_FIELD", "admissions[1].admitUntil",
                "{\"admissions\":[" + ONE + "," + with("admitUntil", "\"2000-12-01\"")
                        + "]}");
    }

    @Test
    void anAdmissionOfABatchIsNamedByItsIndex() {
        assertRefused(422, "INVALID_FIELD", "admissions[1].familyName", "{\"admissions\":[" + ONE + "," + without("familyName") + "]}");
        assertRefused(422, "INVALID_FIELD", "admissions[0]", "{\"admissions\":[null]}");
        assertRefused(400, "UNKNOWN_FIELD", "admissions[0].colour", "{\"admissions\":[" + ONE.replace("{", "{\"colour\":1,") + "]}");
        assertRefused(400, "UNKNOWN_FIELD", "admissions[0].admissions", "{\"admissions\":[{\"admissions\":[]}]}");
        assertRefused(400, "UNKNOWN_FIELD", "colour", ONE.replace("{", "{\"colour\":1,"));
    }
}
