package org.opentvs.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Partner queries on the real WAR, with the test server's agreement for CAN (entryDate, exitDate,
 * port; {@code it-config/opentvs.partner.agreements.CAN}) and none for MEX: a query in scope answers
 * only the agreed fields; asking as another partner, without an agreement, or without the partner
 * role is 403; every query, refused ones too, is in the partner's access report for auditors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerQueryIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    private Api.Reply issue(String name, String role, List<String> partners) {
        return api().postJson("api/v1/admin/clients", Api.admin(), Json.createObjectBuilder().add("name", name)
                .add("roles", Json.createArrayBuilder().add(role))
                .add("scope", Json.createObjectBuilder().add("partners", Json.createArrayBuilder(partners))).build().toString());
    }

    private String partner(String name, List<String> partners) {
        Api.Reply issued = issue(name, "partner", partners);
        assertEquals(201, issued.status(), issued.body());
        return Api.bearer(issued.json().getString("token"));
    }

    private static String question(String partner, String document, String country, String dob) {
        var q = Json.createObjectBuilder();
        if (partner != null) {
            q.add("partner", partner);
        }
        return q.add("documentNumber", document).add("documentCountry", country).add("dateOfBirth", dob).build().toString();
    }

    @Test
    void aPartnerInScopeGetsOnlyTheAgreedFieldsAndEveryQueryIsInTheAccessReport() {
        String feed = Api.bearer(api().client("partner feed", List.of("holdings-feed"), List.of(), List.of()));
        Api.Reply admitted = api().postJson("api/v1/admissions", feed, Json.createObjectBuilder().add("familyName", "PARTNERQUERIED")
                .add("givenNames", "PAT").add("dateOfBirth", "1970-07-07").add("nationality", "GBR").add("documentNumber", "PQDOC1")
                .add("documentCountry", "GBR").add("classOfAdmission", "B2").add("port", "JFK")
                .add("admittedAt", TODAY.minusDays(200) + "T10:00:00Z").add("admitUntil", TODAY.minusDays(20).toString()).build()
                .toString());
        assertEquals(201, admitted.status(), admitted.body());
        Db.execute("insert into crossing (id, direction, confirmation, port, family_name, given_names, date_of_birth, nationality,"
                + " document_number, document_country, occurred_at, recorded_at) values (gen_random_uuid(), 'EXIT', 'BIOMETRIC', 'SEA',"
                + " 'PARTNERQUERIED', 'PAT', date '1970-07-07', 'GBR', 'PQDOC1', 'GBR', now() - interval '100 days', now())");

        assertEquals(422, issue("partner without country", "partner", List.of()).status(), "a partner names its country");
        assertEquals(422, issue("partner bad country", "partner", List.of("CA")).status());
        String canada = partner("CBSA", List.of("CAN"));
        assertTrue(api().get("api/v1/admin/clients", Api.admin()).body().contains("\"partners\":\"CAN\""), "the scope is stored");

        Api.Reply found = api().postJson("api/v1/partner/records", canada, question(null, "PQDOC1", "GBR", "1970-07-07"));
        assertEquals(200, found.status(), found.body());
        JsonObject answer = found.json();
        assertEquals("CAN", answer.getString("partner"));
        assertTrue(answer.getBoolean("found"));
        JsonArray records = answer.getJsonArray("records");
        assertEquals(1, records.size(), found.body());
        JsonObject record = records.getJsonObject(0);
        assertEquals(Set.of("entryDate", "exitDate", "port"), record.keySet(), "only the agreed fields");
        assertEquals(TODAY.minusDays(200).toString(), record.getString("entryDate"));
        assertEquals(TODAY.minusDays(100).toString(), record.getString("exitDate"));
        assertEquals("JFK", record.getString("port"));
        for (String withheld : List.of("PARTNERQUERIED", "PAT", "B2", "SEA", "GBR\",", "admissionClass", "exitPort", "admittedUntil")) {
            assertFalse(found.body().contains(withheld), "'" + withheld + "' is not in the agreement: " + found.body());
        }
        Api.Reply nobody = api().postJson("api/v1/partner/records", canada, question("CAN", "PQDOC1", "GBR", "1970-07-08"));
        assertEquals(200, nobody.status());
        assertFalse(nobody.json().getBoolean("found"), "a wrong date of birth finds nothing");
        assertEquals(0, nobody.json().getJsonArray("records").size());

        Api.Reply asMexico = api().postJson("api/v1/partner/records", canada, question("MEX", "PQDOC1", "GBR", "1970-07-07"));
        assertEquals(403, asMexico.status(), "a CAN partner asking as another partner");
        assertFalse(asMexico.body().contains("PQDOC1") || asMexico.body().contains("found"), asMexico.body());
        String mexico = partner("INM", List.of("MEX"));
        Api.Reply noAgreement = api().postJson("api/v1/partner/records", mexico, question(null, "PQDOC1", "GBR", "1970-07-07"));
        assertEquals(403, noAgreement.status());
        assertEquals("NO_AGREEMENT", noAgreement.json().getString("error"));
        for (String role : List.of("officer", "traveler-app", "auditor")) {
            String other = Api.bearer(api().client("not a partner " + role, List.of(role), List.of(), List.of("SEA")));
            assertEquals(403, api().postJson("api/v1/partner/records", other, question("CAN", "PQDOC1", "GBR", "1970-07-07")).status(),
                    role);
        }
        assertEquals(400, api().postJson("api/v1/partner/records", canada, "{\"documentNumber\":\"PQDOC1\",\"documentCountry\":\"GBR\","
                + "\"dateOfBirth\":\"1970-07-07\",\"familyName\":\"X\"}").status(), "unknown field");
        assertEquals(422, api().postJson("api/v1/partner/records", canada, question(null, "PQDOC1", "GBR", "07/07/1970")).status());

        String auditor = api().person("partner.auditor", List.of("auditor"), List.of());
        Api.Reply report = api().get("api/v1/partner/access-report?partner=CAN&from=" + TODAY.minusDays(1) + "&to=" + TODAY, auditor);
        assertEquals(200, report.status(), report.body());
        JsonObject can = report.json();
        List<JsonObject> entries = can.getJsonArray("entries").getValuesAs(JsonObject.class);
        List<JsonObject> mine = entries.stream().filter(e -> e.getString("documentNumber").equals("PQDOC1")).toList();
        assertEquals(2, mine.size(), report.body());
        assertEquals("ANSWERED", mine.get(0).getString("outcome"));
        assertTrue(mine.get(0).getBoolean("found"));
        assertEquals(1, mine.get(0).getInt("records"));
        assertEquals("entryDate,port,exitDate", mine.get(0).getString("fields"));
        assertFalse(mine.get(1).getBoolean("found"));
        assertTrue(mine.get(0).getString("client").startsWith("client:"));
        Api.Reply mex = api().get("api/v1/partner/access-report?partner=MEX", auditor);
        Set<String> outcomes = mex.json().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("documentNumber").equals("PQDOC1")).map(e -> e.getString("outcome")).collect(Collectors.toSet());
        assertEquals(Set.of("OUTSIDE_SCOPE", "NO_AGREEMENT"), outcomes, mex.body());
        assertTrue(mex.json().getInt("refused") >= 2);

        assertEquals(403, api().get("api/v1/partner/access-report?partner=CAN", api().person("partner.auditor.sea", List.of("auditor"),
                List.of("SEA"))).status(), "national data for a scoped auditor");
        assertEquals(403, api().get("api/v1/partner/access-report?partner=CAN", canada).status(), "partners do not audit themselves");
        assertEquals(400, api().get("api/v1/partner/access-report", auditor).status());
        assertEquals(400, api().get("api/v1/partner/access-report?partner=CAN&from=2026-13-01", auditor).status());
        assertTrue(Db.count("select count(*) from audit_event where object_type = 'partner-record' and action = 'READ'") >= 2);
        assertTrue(Db.count("select count(*) from audit_event where object_type = 'partner-record' and action = 'REFUSE'") >= 2);
        assertTrue(Db.count("select count(*) from audit_event where object_type = 'partner-access-report'") >= 2);
    }
}
