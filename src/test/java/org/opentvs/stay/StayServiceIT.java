package org.opentvs.stay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;
import org.opentvs.it.Paxlst;

/**
 * The stay service and the carriers' boarding checks on the real WAR: a visa-waiver traveler at day
 * 85 of 180 has 5 days left; a wrong date of birth answers byte for byte like an unknown document;
 * both rate limits answer 429 with Retry-After; a boarding check answers only YES / NO / UNKNOWN with
 * the carrier's own index and reference, and another carrier's flight is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StayServiceIT {

    private static final Path CONFIG = Path.of(System.getProperty("project.build.directory"), "test-classes", "it-config");
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

    private void admit(String document, String country, String dob, String cls, LocalDate on, LocalDate until) {
        String feed = Api.bearer(api().client("stay feed", List.of("holdings-feed"), List.of(), List.of()));
        var body = Json.createObjectBuilder().add("familyName", "STAYFEED").add("givenNames", "ANA").add("dateOfBirth", dob)
                .add("nationality", country).add("documentNumber", document).add("documentCountry", country)
                .add("classOfAdmission", cls).add("port", "JFK").add("admittedAt", on + "T15:00:00Z");
        if (until != null) {
            body.add("admitUntil", until.toString());
        }
        Api.Reply r = api().postJson("api/v1/admissions", feed, body.build().toString());
        assertEquals(201, r.status(), r.body());
    }

    private Api.Reply stay(String app, String document, String country, String dob) {
        return api().get("api/v1/stay?document=" + document + "&country=" + country + "&dateOfBirth=" + dob, app);
    }

    @Test
    @Order(1)
    void aVisaWaiverTravelerAtDay85Of180HasFiveDaysLeftAndAWrongBirthDateLooksUnknown() {
        admit("STAY85A", "GBR", "1985-05-05", "WT", TODAY.minusDays(84), TODAY.plusDays(6));
        String app = Api.bearer(api().client("stay app", List.of("traveler-app"), List.of(), List.of()));
        Api.Reply ok = stay(app, "stay85a", "gbr", "1985-05-05");
        assertEquals(200, ok.status(), ok.body());
        JsonObject s = ok.json();
        assertEquals("IN_STAY", s.getString("status"));
        assertEquals(5, s.getInt("daysRemaining"));
        assertEquals(TODAY.plusDays(5).toString(), s.getString("admittedUntil"), "the 90/180 rule ends the stay before the I-94 date");
        assertTrue(s.getBoolean("visaWaiver"));
        assertEquals(85, s.getJsonObject("rule").getInt("daysUsed"));
        assertEquals(5, s.getJsonObject("rule").getInt("daysLeft"));
        assertFalse(s.getBoolean("overstay"));
        assertFalse(ok.body().contains("STAYFEED") || ok.body().contains("1985"), "no personal data in the answer: " + ok.body());

        Api.Reply wrongBirth = stay(app, "STAY85A", "GBR", "1985-05-06");
        Api.Reply unknown = stay(app, "NOSUCHDOC1", "GBR", "1985-05-05");
        assertEquals(404, wrongBirth.status());
        assertEquals(unknown.status(), wrongBirth.status());
        assertEquals(unknown.body(), wrongBirth.body(), "no oracle: a wrong date of birth is an unknown document");
        assertEquals(unknown.headers().firstValue("Content-Type"), wrongBirth.headers().firstValue("Content-Type"));
        assertEquals("NO_RECORD", wrongBirth.json().getString("error"));

        Api.Reply missing = api().get("api/v1/stay?country=GBR&dateOfBirth=1985-05-05", app);
        assertEquals(400, missing.status());
        assertEquals("MISSING_PARAMETER", missing.json().getString("error"));
        assertEquals("document", missing.json().getString("parameter"));
        Api.Reply badCountry = stay(app, "STAY85A", "GB", "1985-05-05");
        assertEquals("INVALID_PARAMETER", badCountry.json().getString("error"));
        assertEquals("country", badCountry.json().getString("parameter"));
        assertEquals("dateOfBirth", stay(app, "STAY85A", "GBR", "1985-02-30").json().getString("parameter"));
        assertEquals(400, stay(app, "STAY85A", "GBR", TODAY.plusDays(1).toString()).status(), "born in the future");
        assertEquals(403, stay(Api.bearer(api().client("not an app", List.of("officer"), List.of(), List.of("JFK"))),
                "STAY85A", "GBR", "1985-05-05").status());

        assertTrue(Db.count("select count(*) from audit_event where object_type = 'stay' and detail = 'found=true'") >= 1);
        assertTrue(Db.count("select count(*) from audit_event where object_type = 'stay' and detail = 'found=false'") >= 2);
        assertEquals(0, Db.count("select count(*) from audit_event where object_type = 'stay' and detail like '%STAY85A%'"));
    }

    @Test
    @Order(3)
    void tooManyQuestionsAboutOneDocumentOrFromOneClientAre429WithRetryAfter() throws Exception {
        String app = Api.bearer(api().client("stay app rate", List.of("traveler-app"), List.of(), List.of()));
        for (int i = 0; i < 10; i++) {
            assertEquals(404, stay(app, "RATEDOC1", "FRA", "1970-01-0" + (i % 9 + 1)).status(), "guess " + i);
        }
        Api.Reply limited = stay(app, "RATEDOC1", "FRA", "1970-01-01");
        assertEquals(429, limited.status(), limited.body());
        assertEquals("TOO_MANY_REQUESTS", limited.json().getString("error"));
        assertEquals("document", limited.json().getString("limit"));
        long retry = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 3000 && retry <= 3600, "the rest of the hour: " + retry);
        assertEquals(404, stay(app, "RATEDOC2", "FRA", "1970-01-01").status(), "another document is still answered");

        Path allowance = CONFIG.resolve("opentvs.stay.client-requests");
        Files.writeString(allowance, "5");
        try {
            Thread.sleep(3_000);
            String busy = Api.bearer(api().client("stay app busy", List.of("traveler-app"), List.of(), List.of()));
            for (int i = 0; i < 5; i++) {
                assertEquals(404, stay(busy, "BUSYDOC" + i, "FRA", "1970-01-01").status());
            }
            Api.Reply client = stay(busy, "BUSYDOC9", "FRA", "1970-01-01");
            assertEquals(429, client.status(), client.body());
            assertEquals("client", client.json().getString("limit"));
            assertTrue(client.headers().firstValue("Retry-After").isPresent());
            String calm = Api.bearer(api().client("stay app calm", List.of("traveler-app"), List.of(), List.of()));
            assertEquals(404, stay(calm, "BUSYDOC9", "FRA", "1970-01-01").status(), "other clients keep their allowance");
        } finally {
            Files.deleteIfExists(allowance);
            Thread.sleep(3_000);
        }
    }

    @Test
    @Order(2)
    void aBoardingCheckTellsOnlyYesNoOrUnknownAndOnlyForTheCarriersOwnFlight() {
        LocalDate date = TODAY.plusDays(1);
        String submitter = Api.bearer(api().client("boarding SX", List.of("manifest-submitter"), List.of("SX"), List.of()));
        Paxlst paxlst = new Paxlst("SX", "455", date).route("JFK", "LHR")
                .add(new Paxlst.Person("BOARDALPHA", "ANNA", "800101", "F", "DEU", "R-A", "BRDA1", "DEU"))
                .add(new Paxlst.Person("BOARDBRAVO", "BORIS", "750202", "M", "FRA", "R-B", "BRDB1", "FRA"))
                .add(new Paxlst.Person("BOARDCHARLIE", "CARLA", "900303", "F", "ITA", "R-C", "BRDC1", "ITA"))
                .add(new Paxlst.Person("BOARDDELTA", "DAN", "880404", "M", "USA", "R-D", "USBRD4", "USA"));
        Api.Reply sent = api().post("api/v1/manifests", submitter, "application/edifact", paxlst.bytes());
        assertTrue(sent.status() == 201 || sent.status() == 200, sent.body());
        admit("BRDA1", "DEU", "1980-01-01", "WT", TODAY.minusDays(10), null);
        admit("BRDB1", "FRA", "1975-02-02", "WT", TODAY.minusDays(120), null);
        admit("BRDE1", "ESP", "1982-05-05", "B2", TODAY.minusDays(10), TODAY.plusDays(170));

        JsonArray travelers = Json.createArrayBuilder()
                .add(traveler("A-1", "BRDA1", "DEU", "1980-01-01"))
                .add(traveler("B-2", "BRDB1", "FRA", "1975-02-02"))
                .add(traveler(null, "BRDC1", "ITA", "1990-03-03"))
                .add(traveler("D-4", "USBRD4", "USA", "1988-04-04"))
                .add(traveler("E-5", "BRDE1", "ESP", "1982-05-05"))
                .add(traveler("A-6", "BRDA1", "DEU", "1980-01-02")).build();
        Api.Reply check = api().postJson("api/v1/carriers/boarding-checks", submitter, body("SX", "455", date, travelers));
        assertEquals(200, check.status(), check.body());
        JsonObject answer = check.json();
        assertEquals(Set.of("flight", "results", "counts"), answer.keySet());
        assertEquals(Json.createObjectBuilder().add("carrier", "SX").add("number", "455").add("date", date.toString()).build(),
                answer.getJsonObject("flight"));
        List<String> expected = List.of("YES", "NO", "UNKNOWN", "YES", "UNKNOWN", "UNKNOWN");
        for (int i = 0; i < expected.size(); i++) {
            JsonObject r = answer.getJsonArray("results").getJsonObject(i);
            assertEquals(i, r.getInt("index"));
            assertEquals(expected.get(i), r.getString("answer"), "traveler " + i + ": " + check.body());
            assertTrue(Set.of("index", "reference", "answer").containsAll(r.keySet()), r.toString());
        }
        assertFalse(answer.getJsonArray("results").getJsonObject(2).containsKey("reference"), "no reference sent, none answered");
        for (String leak : List.of("BOARD", "ANNA", "BORIS", "CARLA", "WT", "B2", "DEU", "FRA", "ITA", "ESP", "1980", "JFK", "BRD",
                "admitted", "until", "overstay")) {
            assertFalse(check.body().contains(leak), "the answer holds '" + leak + "' the carrier did not send: " + check.body());
        }
        assertEquals(2, answer.getJsonObject("counts").getInt("YES"));
        assertTrue(Db.count("select count(*) from audit_event where object_type = 'boarding-check' and detail like 'travelers=6 %'") >= 1);

        String other = Api.bearer(api().client("boarding DL", List.of("manifest-submitter"), List.of("DL"), List.of()));
        Api.Reply foreign = api().postJson("api/v1/carriers/boarding-checks", other, body("SX", "455", date, travelers));
        assertEquals(403, foreign.status(), foreign.body());
        assertFalse(foreign.body().contains("YES") || foreign.body().contains("UNKNOWN"), foreign.body());
        assertEquals(404, api().postJson("api/v1/carriers/boarding-checks", submitter, body("SX", "999", date, travelers)).status());
        assertEquals(403, api().postJson("api/v1/carriers/boarding-checks", Api.bearer(api().client("boarding app", List.of("traveler-app"),
                List.of(), List.of())), body("SX", "455", date, travelers)).status(), "not a carrier");
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 1001; i++) {
            many.add(traveler(null, "BRDA1", "DEU", "1980-01-01"));
        }
        Api.Reply tooMany = api().postJson("api/v1/carriers/boarding-checks", submitter, body("SX", "455", date, many.build()));
        assertEquals(413, tooMany.status());
        assertEquals("TOO_MANY_TRAVELERS", tooMany.json().getString("error"));
        Api.Reply named = api().postJson("api/v1/carriers/boarding-checks", submitter, "{\"flight\":{\"carrier\":\"SX\",\"number\":\"455\","
                + "\"date\":\"" + date + "\"},\"travelers\":[{\"documentNumber\":\"BRDA1\",\"documentCountry\":\"DEU\","
                + "\"dateOfBirth\":\"1980-01-01\",\"familyName\":\"BOARDALPHA\"}]}");
        assertEquals(400, named.status(), "a name is no part of the check");
        assertEquals("UNKNOWN_FIELD", named.json().getString("error"));
        assertEquals(422, api().postJson("api/v1/carriers/boarding-checks", submitter, body("SX", "455", date,
                Json.createArrayBuilder().build())).status());
    }

    private static JsonObject traveler(String reference, String document, String country, String dob) {
        var t = Json.createObjectBuilder();
        if (reference != null) {
            t.add("reference", reference);
        }
        return t.add("documentNumber", document).add("documentCountry", country).add("dateOfBirth", dob).build();
    }

    private static String body(String carrier, String number, LocalDate date, JsonArray travelers) {
        return Json.createObjectBuilder().add("flight", Json.createObjectBuilder().add("carrier", carrier).add("number", number)
                .add("date", date.toString())).add("travelers", travelers).build().toString();
    }
}
