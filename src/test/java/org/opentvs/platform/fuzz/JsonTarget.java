package org.opentvs.platform.fuzz;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A JSON endpoint and a valid body for it, the seed every mutation starts from. */
public record JsonTarget(String method, String path, String body) {

    /** Every JSON body the API reads except job parameters (a valid one would start a batch job). */
    public static List<JsonTarget> all(String retentionCategory) {
        String id = UUID.randomUUID().toString();
        String today = LocalDate.now().toString();
        String template = "{\"algorithm\":\"cosine-v1\",\"data\":\"AACAPwAAAAA=\"}";
        return List.of(
                new JsonTarget("POST", "api/v1/admin/clients",
                        "{\"name\":\"QXFUZZ client\",\"roles\":[\"auditor\"],\"scope\":{\"carriers\":[\"XZ\"],"
                                + "\"airports\":[\"QXZ\"],\"ports\":[\"QXZ\"]}}"),
                new JsonTarget("POST", "api/v1/admin/users",
                        "{\"username\":\"qxfuzz.user\",\"password\":\"fuzz-password-1\",\"roles\":[\"auditor\"],"
                                + "\"scope\":{\"ports\":[\"QXZ\"]}}"),
                new JsonTarget("POST", "api/v1/verifications",
                        "{\"touchpoint\":\"AIR_BOARDING\",\"location\":{\"port\":\"QXZ\",\"terminal\":\"1\","
                                + "\"gate\":\"B2\",\"lane\":null},\"flight\":{\"carrier\":\"XZ\",\"number\":\"1\",\"date\":\"" + today
                                + "\"},"
                                + "\"device\":{\"id\":\"qx-cam\",\"type\":\"GATE_CAMERA\",\"make\":\"m\",\"model\":\"n\"},"
                                + "\"captures\":[{\"modality\":\"FACE\",\"quality\":80,\"template\":" + template
                                + "}],\"vehicle\":{\"plate\":\"QX1\",\"region\":\"NY\"}}"),
                new JsonTarget("POST", "api/v1/crossings/" + id + "/ident-determination",
                        "{\"determination\":\"MATCH\",\"identRecord\":\"QX-1\"}"),
                new JsonTarget("PUT", "api/v1/admin/retention/policies/" + retentionCategory, "{\"period\":\"P90D\",\"enabled\":true}"),
                new JsonTarget("POST", "api/v1/reconciliation/discrepancies/" + id + "/resolve",
                        "{\"decision\":\"LINK\",\"reason\":\"fuzz\"}"),
                new JsonTarget("POST", "api/v1/admissions",
                        "{\"familyName\":\"QXFUZZADMITTED\",\"givenNames\":\"A\",\"dateOfBirth\":\"1970-01-01\","
                                + "\"nationality\":\"DEU\",\"documentNumber\":\"QXA1\",\"documentCountry\":\"DEU\",\"classOfAdmission\":\"B2\",\"sex\":\"F\","
                                + "\"port\":\"QXZ\",\"admittedAt\":\"2001-01-01T00:00:00Z\",\"admitUntil\":\"2001-06-01\"}"),
                new JsonTarget("POST", "api/v1/holdings/identities",
                        "{\"source\":\"DOS_PASSPORT\",\"person\":{\"familyName\":\"QXFUZZHELD\","
                                + "\"givenNames\":\"A\",\"dateOfBirth\":\"1970-01-01\",\"sex\":\"F\",\"nationality\":\"DEU\",\"usCitizen\":false},"
                                + "\"documents\":[{\"type\":\"P\",\"number\":\"QXH1\",\"issuingCountry\":\"DEU\",\"expiry\":\"2031-01-01\"}],"
                                + "\"faces\":[{\"template\":" + template + "}],\"ports\":[\"QXZ\"]}"),
                new JsonTarget("POST", "api/v1/watchlist/entries", "{\"category\":\"QXFUZZ\",\"externalRef\":\"qx-1\",\"documents\":"
                        + "[{\"number\":\"QXW00001\",\"issuingCountry\":\"DEU\"}]}"),
                new JsonTarget("PUT", "api/v1/watchlist/entries/" + id,
                        "{\"category\":\"QXFUZZ\",\"person\":{\"familyName\":\"QXFUZZLISTED\","
                                + "\"givenNames\":\"A\",\"dateOfBirth\":\"1901-01-01\",\"nationality\":\"DEU\"},\"nameVariants\":[{\"familyName\":\"QXFUZZLYSTED\"}]}"),
                new JsonTarget("POST", "api/v1/alerts/" + id + "/resolve", "{\"resolution\":\"fuzz\"}"),
                new JsonTarget("POST", "api/v1/hotlist/" + id + "/validate", "{\"reason\":\"fuzz\"}"),
                new JsonTarget("POST", "api/v1/hotlist/" + id + "/dismiss", "{\"reason\":\"fuzz\"}"));
    }
}
