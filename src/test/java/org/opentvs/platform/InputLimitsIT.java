package org.opentvs.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;

/**
 * Bad JSON input is refused by the reading layer before anything is written, with the field named:
 * overlong texts, NUL, out-of-range dates, unknown charsets, too-deep or trailing JSON, unknown fields.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputLimitsIT {

    private static final String HOLDING = "{\"source\":\"DOS_PASSPORT\",\"person\":{\"familyName\":\"QXLIMIT\",\"givenNames\":%s,"
            + "\"dateOfBirth\":%s,\"nationality\":\"DEU\"},\"documents\":[{\"type\":%s,\"number\":\"QXL0001\",\"issuingCountry\":\"DEU\"}]}";
    private static final String VERIFICATION = "{\"touchpoint\":\"AIR_BOARDING\",\"location\":{\"port\":\"QXA\",\"gate\":%s},"
            + "\"flight\":{\"carrier\":\"XL\",\"number\":\"1\",\"date\":%s},\"device\":{\"id\":%s,\"make\":%s,\"model\":\"m\"},"
            + "\"captures\":[{\"template\":{\"algorithm\":\"cosine-v1\",\"data\":\"AACAPwAAAAA=\"}}]}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private Api.Reply post(String path, String json) {
        return new Api(deployment).postJson(path, Api.admin(), json);
    }

    private static String q(String text) {
        return "\"" + text + "\"";
    }

    private static void refused(Api.Reply reply, int status, String code, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.json().getString("error"), reply.body());
        if (field != null) {
            assertEquals(field, reply.json().getString("field"), reply.body());
        }
        assertFalse(reply.body().contains("Exception") || reply.body().contains("Payara"), reply.body());
    }

    @Test
    void textsLongerThanTheirColumnAre422NamingTheFieldAndNothingIsStored() {
        refused(post("api/v1/admin/clients", "{\"name\":\"" + "N".repeat(201) + "\",\"roles\":[\"auditor\"]}"), 422, "INVALID_FIELD",
                "name");
        assertEquals(0, Db.count("select count(*) from api_client where length(name) > 200"));
        refused(post("api/v1/holdings/identities", HOLDING.formatted(q("G".repeat(201)), q("1980-01-01"), q("P"))),
                422, "INVALID_FIELD", "person.givenNames");
        refused(post("api/v1/holdings/identities", HOLDING.formatted(q("G"), q("1980-01-01"), q("PASS"))),
                422, "INVALID_FIELD", "documents[0].type");
        refused(post("api/v1/holdings/identities",
                HOLDING.formatted(q("G"), q("1980-01-01"), q("P")).replace("DOS_PASSPORT", "S".repeat(31))),
                422, "INVALID_FIELD", "source");
        assertEquals(0, Db.count("select count(*) from holding_identity where family_name = 'QXLIMIT'"));
        refused(post("api/v1/verifications", VERIFICATION.formatted(q("G".repeat(11)), q("2026-12-01"), q("cam"), q("make"))),
                422, "INVALID_FIELD", "location.gate");
        refused(post("api/v1/verifications", VERIFICATION.formatted(q("B2"), q("2026-12-01"), q("c".repeat(65)), q("make"))),
                422, "INVALID_FIELD", "device.id");
        refused(post("api/v1/verifications", VERIFICATION.formatted(q("B2"), q("2026-12-01"), q("cam"), q("M".repeat(61)))),
                422, "INVALID_FIELD", "device.make");
        assertEquals(0, Db.count("select count(*) from verification where port = 'QXA'"));
    }

    @Test
    void nulInAJsonTextOrAQueryParameterIsA400() {
        refused(post("api/v1/watchlist/entries", "{\"category\":\"QXTEST\",\"person\":{\"familyName\":\"QX\\u0000NUL\"}}"),
                400, "NUL_CHARACTER", "person.familyName");
        Api.Reply query = new Api(deployment).get("api/v1/crossings?port=JFK%00", Api.admin());
        refused(query, 400, "NUL_CHARACTER", null);
        assertEquals("port", query.json().getString("parameter"));
    }

    @Test
    void datesOutsideWhatTheDatabaseHoldsAre422() {
        refused(post("api/v1/holdings/identities", HOLDING.formatted(q("G"), q("+999999999-12-31"), q("P"))),
                422, "INVALID_FIELD", "person.dateOfBirth");
        refused(post("api/v1/admissions", "{\"familyName\":\"QXDATE\",\"dateOfBirth\":\"1980-01-01\",\"classOfAdmission\":\"B2\","
                + "\"admittedAt\":\"+999999999-12-31T00:00:00Z\"}"), 422, "INVALID_FIELD", "admittedAt");
        refused(post("api/v1/verifications", VERIFICATION.formatted(q("B2"), q("+999999999-12-31"), q("cam"), q("make"))),
                422, "INVALID_FIELD", "flight.date");
    }

    @Test
    void anUnknownCharsetIs415() {
        Api api = new Api(deployment);
        byte[] body = "{\"name\":\"QX charset\",\"roles\":[\"auditor\"]}".getBytes(StandardCharsets.UTF_8);
        refused(api.send("POST", "api/v1/admin/clients", Api.admin(), "application/json; charset=bogus", body), 415, "UNSUPPORTED_CHARSET",
                null);
        refused(api.send("POST", "api/v1/manifests", Api.admin(), "application/edifact; charset=bogus", body), 415, "UNSUPPORTED_CHARSET",
                null);
        assertEquals(0, Db.count("select count(*) from api_client where name = 'QX charset'"));
    }

    @Test
    void jsonNestedTooDeepIsA400OnEveryJsonEndpoint() {
        String deep = "{\"name\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
        for (String path : List.of("api/v1/admin/clients", "api/v1/admin/users", "api/v1/verifications", "api/v1/holdings/identities",
                "api/v1/watchlist/entries", "api/v1/admissions")) {
            refused(post(path, deep), 400, "BAD_REQUEST", null);
        }
    }

    /** A record endpoint given no body, a blank one or JSON null answers 400 with the error body, never a 500. */
    @Test
    void aMissingBodyIsA400OnEveryJsonEndpoint() {
        for (String path : List.of("api/v1/admin/clients", "api/v1/admin/users", "api/v1/verifications", "api/v1/holdings/identities",
                "api/v1/watchlist/entries", "api/v1/admissions")) {
            for (String body : List.of("", "   ", "null")) {
                refused(post(path, body), 400, "BAD_REQUEST", null);
            }
        }
    }

    @Test
    void contentAfterTheJsonValueIsA400AndNothingIsStored() {
        String client = "{\"name\":\"QX trailing\",\"roles\":[\"auditor\"]}";
        refused(post("api/v1/admin/clients", client + "}"), 400, "BAD_REQUEST", null);
        refused(post("api/v1/admin/clients", client + client), 400, "BAD_REQUEST", null);
        assertEquals(0, Db.count("select count(*) from api_client where name = 'QX trailing'"));
    }

    @Test
    void unknownFieldsAre400NamingTheFieldInEveryBody() {
        long entries = Db.count("select count(*) from watchlist_entry");
        refused(post("api/v1/watchlist/entries", "{\"category\":\"QXTEST\",\"familyName\":\"QXMISPLACED\","
                + "\"documents\":[{\"number\":\"QXM12345\",\"issuingCountry\":\"DEU\"}]}"), 400, "UNKNOWN_FIELD", "familyName");
        assertEquals(entries, Db.count("select count(*) from watchlist_entry"), "not accepted as a document-only entry");
        refused(post("api/v1/admin/users", "{\"username\":\"qx.unknown\",\"password\":\"long-enough-pw-1\",\"role\":[\"officer\"]}"),
                400, "UNKNOWN_FIELD", "role");
        refused(post("api/v1/holdings/identities",
                HOLDING.formatted(q("G"), q("1980-01-01"), q("P")).replace("\"nationality\"", "\"nation\"")),
                400, "UNKNOWN_FIELD", "person.nation");
        refused(post("api/v1/verifications", VERIFICATION.formatted(q("B2"), q(LocalDate.now().toString()), q("cam"), q("make"))
                .replace("\"model\"", "\"modell\"")), 400, "UNKNOWN_FIELD", "device.modell");
        assertTrue(Db.count("select count(*) from app_user where username = 'qx.unknown'") == 0);
    }
}
