package org.opentvs.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;
import org.opentvs.it.Flights;
import org.opentvs.it.Paxlst;
import org.opentvs.it.Templates;

/** Watch lists, the PAU hotlist and officer alerts (issue 4), through the public API of the real server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertingIT {

    private static final String PASSWORD = "officer-secret-42";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    /** Each test draws other faces: a shared seed would give every test's first traveler the same face. */
    private static final java.util.concurrent.atomic.AtomicLong SEEDS = new java.util.concurrent.atomic.AtomicLong(0x41_4C_45_52_54L); // "ALERT": no other suite draws faces from these seeds

    private final SyntheticIdentities synth = new SyntheticIdentities(SEEDS.getAndIncrement());

    private Api api() {
        return new Api(deployment);
    }

    @Test
    void aListedPassengerIsPendingAndOnceValidatedHisBoardingAlertsTheConnectedOfficerWithinASecond() throws Exception {
        String feed = feed();
        String entry = listEntry(feed, "WANTED", "ABDELRAHMAN", "MOHAMMED", "1980-03-07", "EGY");
        Flights.Flight f = flight("QA", "401", "IAD", List.of(
                person("ABDULRAHMAN", "MUHAMMAD", "800307", "EGY", "QA401-1"), person("NOVAK", "PETRA", "850101", "CZE", "QA401-2")));
        String listed = travelerId(f, 0);
        JsonObject hit = awaitHotlist(h -> listed.equals(h.getString("subjectId")) && "WATCHLIST".equals(h.getString("kind")));
        assertEquals("PENDING", hit.getString("status"));
        assertEquals(entry, hit.getString("watchlistEntryId"));
        assertEquals("NAME", hit.getString("basis"));
        assertEquals("EXACT", hit.getJsonObject("biographicAgreement").getString("dateOfBirth"));
        assertEquals("ABDULRAHMAN", hit.getString("familyName"));
        assertFalse(hotlist(h -> travelerId(f, 1).equals(h.getString("subjectId")) && "WATCHLIST".equals(h.getString("kind"))).isPresent());

        String officer = officer("off-iad", "IAD");
        try (SseClient device = new SseClient(api().root().resolve("api/v1/alerts/stream"), officer, null)) {
            assertEquals(200, device.status());
            Api.Reply validated = api().postJson("api/v1/hotlist/" + hit.getString("id") + "/validate", analyst(),
                    "{\"reason\":\"same person as the listing, date of birth and nationality agree\"}");
            assertEquals(200, validated.status(), validated.body());
            assertEquals("VALIDATED", validated.json().getString("status"));

            long sent = System.nanoTime();
            JsonObject answer = board(f, "B12", "cam-b12", synth.genuineCapture(f.travelers().get(0).face(), 0.75));
            assertEquals("MATCH", answer.getString("decision"));
            SseClient.Event event = device.nextAlert(3000, a -> "WATCHLIST_HIT".equals(a.getString("kind")));
            assertNotNull(event, "the officer's device received the watch-list hit");
            long millis = (event.receivedNanos() - sent) / 1_000_000;
            assertTrue(millis <= 1000, "received " + millis + " ms after the capture was sent");
            JsonObject alert = event.data();
            assertEquals(Long.toString(alert.getJsonNumber("seq").longValue()), event.id());
            assertEquals("IAD", alert.getJsonObject("location").getString("port"));
            assertEquals("B12", alert.getJsonObject("location").getString("gate"));
            assertEquals("AIR_BOARDING", alert.getJsonObject("location").getString("touchpoint"));
            assertEquals("401", alert.getJsonObject("flight").getString("number"));
            assertEquals(listed, alert.getJsonObject("traveler").getString("id"));
            assertEquals("WANTED", alert.getString("category"));
            assertTrue(alert.getJsonObject("why").getJsonNumber("biometricScore").doubleValue() > 0.6, alert.toString());
            assertEquals("EXACT", alert.getJsonObject("why").getJsonObject("biographic").getString("dateOfBirth"));
            Api.Reply record = api().get(alert.getJsonObject("traveler").getString("href").substring(1), officer);
            assertEquals(200, record.status(), record.body());
            assertEquals("ABDULRAHMAN", record.json().getString("familyName"));
            JsonObject subject = record.json();
            assertEquals("TRAVELER", subject.getString("kind"), subject.toString());
            assertEquals("MUHAMMAD", subject.getString("givenNames"));
            assertEquals("1980-03-07", subject.getString("dateOfBirth"));
            assertEquals("M", subject.getString("sex"));
            assertEquals("EGY", subject.getString("nationality"));
            JsonObject onFlight = subject.getJsonObject("flight");
            assertEquals(List.of("QA", "401", hit.getString("flightDate"), "IAD", "YYZ"), List.of(onFlight.getString("carrier"),
                    onFlight.getString("number"), onFlight.getString("date"), onFlight.getString("from"), onFlight.getString("to")));
            assertEquals(1, subject.getJsonArray("documents").size(), subject.toString());
            assertEquals("DQA4011", subject.getJsonArray("documents").getJsonObject(0).getString("number"));
            assertEquals("EGY", subject.getJsonArray("documents").getJsonObject(0).getString("issuingCountry"));
            assertEquals(1, Db.count("select count(*) from audit_event where action = 'VALIDATE' and object_id = ?", hit.getString("id")));
            assertEquals(1, Db.count(
                    "select count(*) from audit_event where action = 'READ' and object_type = 'traveler' and object_id = ?", listed));
        }
    }

    @Test
    void aNoMatchAtBoardingAlertsThatPortsOfficersAndNotOtherPorts() throws Exception {
        Flights.Flight f = flight("QB", "88", "BOS", List.of(person("LINDQVIST", "EVA", "900215", "SWE", "QB88-1")));
        String here = officer("off-bos", "BOS");
        String elsewhere = officer("off-sea", "SEA");
        try (SseClient mine = new SseClient(api().root().resolve("api/v1/alerts/stream"), here, null);
                SseClient theirs = new SseClient(api().root().resolve("api/v1/alerts/stream"), elsewhere, null)) {
            List<String> instructions = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                instructions.add(board(f, "C3", "cam-c3", synth.randomUnit(128)).getString("instruction"));
            }
            assertEquals(List.of("RECAPTURE", "RECAPTURE", "SEE_OFFICER"), instructions);
            SseClient.Event event = mine.nextAlert(3000, a -> "NO_MATCH".equals(a.getString("kind")));
            assertNotNull(event, "the port's officer is told");
            assertEquals("C3", event.data().getJsonObject("location").getString("gate"));
            assertTrue(event.data().isNull("traveler"));
            assertNull(theirs.nextAlert(1500, a -> true), "another port's officer hears nothing");
            String id = event.data().getString("id");
            assertTrue(ids(api().get("api/v1/alerts", here)).contains(id));
            assertFalse(ids(api().get("api/v1/alerts", elsewhere)).contains(id));
            assertEquals(403, api().get("api/v1/alerts?port=BOS", elsewhere).status());
            assertEquals(403, api().post("api/v1/alerts/" + id + "/acknowledge", elsewhere, null, new byte[0]).status());

            Api.Reply ack = api().post("api/v1/alerts/" + id + "/acknowledge", here, null, new byte[0]);
            assertEquals(200, ack.status(), ack.body());
            assertEquals("ACKNOWLEDGED", ack.json().getString("status"));
            assertEquals(409, api().post("api/v1/alerts/" + id + "/acknowledge", here, null, new byte[0]).status());
            Api.Reply resolved = api().postJson("api/v1/alerts/" + id + "/resolve", here,
                    "{\"resolution\":\"identity confirmed manually\"}");
            assertEquals("RESOLVED", resolved.json().getString("status"));
            assertEquals("user:off-bos", resolved.json().getString("resolvedBy"));
            assertEquals(1, Db.count("select count(*) from alert where id = ?::uuid and kind = 'NO_MATCH' and status = 'RESOLVED'"
                    + " and port = 'BOS' and resolution = 'identity confirmed manually'", id));
            assertEquals(2, Db.count("select count(*) from audit_event where object_type = 'alert' and object_id = ?"
                    + " and action in ('ACKNOWLEDGE', 'RESOLVE')", id));
        }
    }

    @Test
    void reconnectingWithLastEventIdReplaysTheAlertsMissed() throws Exception {
        Flights.Flight f = flight("QR", "9", "DEN", List.of(person("OKAFOR", "CHIDI", "770707", "NGA", "QR9-1")));
        String officer = officer("off-den", "DEN");
        String seen;
        try (SseClient device = new SseClient(api().root().resolve("api/v1/alerts/stream"), officer, null)) {
            noMatchUntilOfficer(f, "cam-r1");
            SseClient.Event first = device.nextAlert(3000, a -> true);
            assertNotNull(first);
            seen = first.id();
        }
        noMatchUntilOfficer(f, "cam-r2");
        noMatchUntilOfficer(f, "cam-r3");
        awaitCount("select count(*) from alert where port = 'DEN' and seq > " + seen, 2);
        try (SseClient again = new SseClient(api().root().resolve("api/v1/alerts/stream"), officer, seen)) {
            SseClient.Event a = again.nextAlert(3000, x -> true);
            SseClient.Event b = again.nextAlert(3000, x -> true);
            assertNotNull(a, "first missed alert replayed");
            assertNotNull(b, "second missed alert replayed");
            assertTrue(Long.parseLong(seen) < Long.parseLong(a.id()) && Long.parseLong(a.id()) < Long.parseLong(b.id()));
            assertEquals(List.of("cam-r2", "cam-r3"), List.of(a.data().getJsonObject("location").getString("deviceId"),
                    b.data().getJsonObject("location").getString("deviceId")));
            assertNull(again.nextAlert(800, x -> true), "nothing replayed twice");
        }
        assertEquals(400, api().get("api/v1/alerts/stream?lastEventId=abc", officer).status());
    }

    @Test
    void aDepartingTravelerWithoutLawfulArrivalIsAProbableEwi() throws Exception {
        Paxlst.Person admitted = person("MORENO", "LUIS", "910304", "MEX", "QE5-1");
        Db.execute("insert into admission (id, family_name, given_names, date_of_birth, nationality, document_number, document_country,"
                + " class_of_admission, port, admitted_at, source, recorded_at) values (gen_random_uuid(), 'MORENO', 'LUIS', date '1991-03-04',"
                + " 'MEX', ?, 'MEX', 'B2', 'LAX', now() - interval '30 days', 'TEST', now())", admitted.document());
        Flights.Flight f = flight("QE", "5", "ATL", List.of(admitted, person("HALVORSEN", "INGRID", "880808", "NOR", "QE5-2")));
        String noArrival = travelerId(f, 1);
        JsonObject ewi = awaitHotlist(h -> noArrival.equals(h.getString("subjectId")) && "PROBABLE_EWI".equals(h.getString("kind")));
        assertEquals("NO_ARRIVAL", ewi.getString("basis"));
        assertEquals("NONE_ON_RECORD", ewi.getJsonObject("biographicAgreement").getString("lawfulArrival"));
        assertFalse(hotlist(h -> travelerId(f, 0).equals(h.getString("subjectId"))).isPresent(), "an admitted traveler is not flagged");

        assertEquals(200, api()
                .postJson("api/v1/hotlist/" + ewi.getString("id") + "/validate", analyst(), "{\"reason\":\"no I-94, no entry\"}").status());
        board(f, "D1", "cam-d1", synth.genuineCapture(f.travelers().get(1).face(), 0.8));
        JsonObject alert = awaitAlert(officer("off-atl", "ATL"), a -> "PROBABLE_EWI".equals(a.getString("kind")));
        assertEquals(noArrival, alert.getJsonObject("traveler").getString("id"));
        assertEquals("ATL", alert.getJsonObject("location").getString("port"));
    }

    @Test
    void aDismissedHitNotifiesNobody() throws Exception {
        String feed = feed();
        listEntry(feed, "WANTED", "VOLKOV", "DMITRI", "1979-11-02", "RUS");
        Flights.Flight f = flight("QD", "31", "MCO", List.of(person("WOLKOW", "DMITRIJ", "791102", "RUS", "QD31-1")));
        String traveler = travelerId(f, 0);
        JsonObject hit = awaitHotlist(h -> traveler.equals(h.getString("subjectId")) && "WATCHLIST".equals(h.getString("kind")));
        assertEquals(422, api().postJson("api/v1/hotlist/" + hit.getString("id") + "/dismiss", analyst(), "{}").status(),
                "a reason is required");
        Api.Reply dismissed = api().postJson("api/v1/hotlist/" + hit.getString("id") + "/dismiss", analyst(),
                "{\"reason\":\"different person: listed subject is in custody\"}");
        assertEquals("DISMISSED", dismissed.json().getString("status"));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'DISMISS' and object_id = ?", hit.getString("id")));

        String officer = officer("off-mco", "MCO");
        try (SseClient device = new SseClient(api().root().resolve("api/v1/alerts/stream"), officer, null)) {
            assertEquals("MATCH", board(f, "E2", "cam-e2", synth.genuineCapture(f.travelers().get(0).face(), 0.8)).getString("decision"));
            noMatchUntilOfficer(f, "cam-e3");
            SseClient.Event next = device.nextAlert(3000, a -> true);
            assertNotNull(next, "the stream works: the later no-match arrives");
            assertEquals("NO_MATCH", next.data().getString("kind"), "and the dismissed hit raised nothing before it");
        }
        assertEquals(0, Db.count("select count(*) from alert where traveler_id = ?::uuid", traveler));
    }

    @Test
    void fuzzyNameScreeningFindsListedVariantsAndNotPlainlyDifferentNames() throws Exception {
        String feed = feed();
        Flights.Flight f = flight("QF", "12", "ORD", List.of(person("GADHAFI", "MOAMMAR", "700607", "LBY", "QF12-1"),
                person("KADHAFI", "MOAMMAR", "700607", "LBY", "QF12-2"), person("JOHNSON", "PETER", "700607", "LBY", "QF12-3"),
                person("QADDAFI", "MUAMMAR", "550101", "LBY", "QF12-4")));
        awaitCount("select count(*) from hotlist_entry h join traveler t on t.id = h.subject_id where t.reference like 'QF12-%'", 4);
        String body = Json.createObjectBuilder().add("category", "SANCTIONS")
                .add("person", Json.createObjectBuilder().add("familyName", "QADDAFI").add("givenNames", "MUAMMAR")
                        .add("dateOfBirth", "1970-06-07").add("nationality", "LBY"))
                .add("nameVariants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("familyName", "KADHAFI")
                        .add("givenNames", "MOAMMAR")))
                .build().toString();
        Api.Reply listed = api().postJson("api/v1/watchlist/entries", Api.bearer(feed), body);
        assertEquals(201, listed.status(), listed.body());
        String entry = listed.json().getString("id");
        awaitCount("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid", 2, entry);
        List<String> hits = Db.strings("select t.reference from hotlist_entry h join traveler t on t.id = h.subject_id"
                + " where h.watchlist_entry_id = ?::uuid order by t.reference", entry);
        assertEquals(List.of("QF12-1", "QF12-2"), hits, "the variant spellings, not JOHNSON, not the same name born 15 years earlier");

        assertEquals(204, api().delete("api/v1/watchlist/entries/" + entry, Api.bearer(feed)).status());
        assertEquals(2, Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and status = 'WITHDRAWN'", entry));
        assertEquals(404, api().delete("api/v1/watchlist/entries/" + java.util.UUID.randomUUID(), Api.bearer(feed)).status());
    }

    @Test
    void listedFacesAreFoundInGalleriesAndAHighPriorityHitAlertsWhilePending() throws Exception {
        String feed = feed();
        float[] before = synth.randomUnit(128);
        String early = listFace(feed, synth.genuineCapture(before, 0.8));
        Flights.Flight f = flight("QT", "66", "SAN", List.of(person("RIVERA", "ANA", "930303", "COL", "QT66-1"),
                person("OSEI", "KOFI", "860606", "GHA", "QT66-2")), List.of(before, synth.randomUnit(128)));
        String first = travelerId(f, 0);
        JsonObject hit = awaitHotlist(h -> first.equals(h.getString("subjectId")) && early.equals(h.getString("watchlistEntryId", "")));
        assertEquals("FACE", hit.getString("basis"));
        assertTrue(hit.getBoolean("highPriority"));
        assertTrue(hit.getJsonNumber("biometricScore").doubleValue() > 0.7, hit.toString());
        assertEquals("PENDING", hit.getString("status"));
        String officer = officer("off-san", "SAN");
        JsonObject immediate = awaitAlert(officer, a -> hit.getString("id").equals(a.getString("hotlistEntryId")));
        assertEquals("WATCHLIST_HIT", immediate.getString("kind"));
        assertEquals("66", immediate.getJsonObject("flight").getString("number"));
        assertTrue(immediate.getJsonObject("location").isNull("gate"), "raised at screening, before any touchpoint");

        board(f, "F6", "cam-f6", synth.genuineCapture(before, 0.75));
        JsonObject atGate = awaitAlert(officer, a -> hit.getString("id").equals(a.getString("hotlistEntryId"))
                && !a.getJsonObject("location").isNull("gate"));
        assertEquals("F6", atGate.getJsonObject("location").getString("gate"));
        assertTrue(atGate.getJsonObject("why").getJsonNumber("watchlistFaceScore").doubleValue() > 0.7);
        assertTrue(atGate.getJsonObject("why").getJsonNumber("biometricScore").doubleValue() > 0.6);

        String second = travelerId(f, 1);
        String late = listFace(feed, synth.genuineCapture(f.travelers().get(1).face(), 0.8));
        JsonObject rescreened = awaitHotlist(
                h -> second.equals(h.getString("subjectId")) && late.equals(h.getString("watchlistEntryId", "")));
        assertEquals("FACE", rescreened.getString("basis"), "a new listing is screened against the galleries already loaded");
        assertEquals(0,
                Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and subject_id <> ?::uuid", late, second));
    }

    @Test
    void atALandLaneAlertsNameTheLaneAndPlateAndAListedCrosserIsAnIdentityHit() throws Exception {
        String holdings = api().client("trusted traveler programme LRD", List.of("holdings-feed"), List.of(), List.of());
        float[] crosser = synth.randomUnit(128);
        Paxlst.Person p = person("GARZA", "MARIO", "810505", "MEX", "LRD-1");
        String enrolment = Json
                .createObjectBuilder(Json.createReader(new java.io.StringReader(Templates.identity(p, crosser, false))).readObject())
                .add("ports", Json.createArrayBuilder().add("LRD")).build().toString();
        Api.Reply enrolled = api().postJson("api/v1/holdings/identities", Api.bearer(holdings), enrolment);
        assertEquals(201, enrolled.status(), enrolled.body());
        String identity = enrolled.json().getString("id");
        String entry = listFace(feed(), synth.genuineCapture(crosser, 0.8));
        assertEquals(200, api().post("api/v1/admin/ports/LRD/gallery", Api.admin(), null, new byte[0]).status());
        JsonObject hit = awaitHotlist(h -> identity.equals(h.getString("subjectId")) && entry.equals(h.getString("watchlistEntryId", "")));
        assertEquals("IDENTITY", hit.getString("subjectKind"));
        assertEquals("GARZA", hit.getString("familyName"));

        String officer = officer("off-lrd", "LRD");
        String lane = api().client("LRD lanes", List.of("capture-device"), List.of(), List.of("LRD"));
        try (SseClient device = new SseClient(api().root().resolve("api/v1/alerts/stream"), officer, null)) {
            Api.Reply matched = api().postJson("api/v1/verifications", Api.bearer(lane),
                    vehicle("V2", "XYZ987", synth.genuineCapture(crosser, 0.75)));
            assertEquals("MATCH", matched.json().getJsonArray("occupants").getJsonObject(0).getString("decision"), matched.body());
            SseClient.Event listed = device.nextAlert(3000,
                    a -> "WATCHLIST_HIT".equals(a.getString("kind")) && !a.getJsonObject("location").isNull("lane"));
            assertNotNull(listed, "a match of the listed crosser at the lane alerts the port");
            assertEquals("V2", listed.data().getJsonObject("location").getString("lane"));
            assertEquals("XYZ987", listed.data().getJsonObject("location").getString("vehiclePlate"));
            assertEquals(identity, listed.data().getJsonObject("traveler").getString("id"));
            Api.Reply record = api().get("api/v1/alerts/" + listed.data().getString("id") + "/traveler", officer);
            assertEquals("IDENTITY", record.json().getString("kind"));
            assertEquals(List.of("GARZA", "MARIO", "1981-05-05", "MEX"), List.of(record.json().getString("familyName"),
                    record.json().getString("givenNames"), record.json().getString("dateOfBirth"), record.json().getString("nationality")));
            assertFalse(record.json().containsKey("flight"), record.body());
            assertEquals(1, record.json().getJsonArray("documents").size(), record.body());

            String instruction = "";
            for (int i = 0; i < 5 && !"SEE_OFFICER".equals(instruction); i++) {
                Api.Reply r = api().postJson("api/v1/verifications", Api.bearer(lane), vehicle("V3", "LMN456", synth.randomUnit(128)));
                instruction = r.json().getJsonArray("occupants").getJsonObject(0).getString("instruction");
            }
            SseClient.Event noMatch = device.nextAlert(3000, a -> "NO_MATCH".equals(a.getString("kind")));
            assertNotNull(noMatch);
            assertEquals("V3", noMatch.data().getJsonObject("location").getString("lane"));
            assertEquals("LMN456", noMatch.data().getJsonObject("location").getString("vehiclePlate"));
            assertEquals("LAND_VEHICLE", noMatch.data().getJsonObject("location").getString("touchpoint"));
            assertTrue(noMatch.data().isNull("flight"));
        }
    }

    private static String vehicle(String lane, String plate, float[] face) {
        return Json.createObjectBuilder().add("touchpoint", "LAND_VEHICLE").add("direction", "ENTRY")
                .add("location", Json.createObjectBuilder().add("port", "LRD").add("lane", lane))
                .add("device", Json.createObjectBuilder().add("id", "lrd-" + lane).add("type", "VEHICLE_CAMERA"))
                .add("vehicle", Json.createObjectBuilder().add("plate", plate).add("region", "TX"))
                .add("captures", Json.createArrayBuilder().add(Json.createObjectBuilder().add("modality", "FACE")
                        .add("template", Templates.template(face))))
                .build().toString();
    }

    @Test
    void theOfficersPortalPageShowsTheirAlertsAndTheSessionOpensTheStream() throws Exception {
        Flights.Flight f = flight("QP", "70", "PDX", List.of(person("TANAKA", "YUKI", "920202", "JPN", "QP70-1")));
        officer("off-pdx", "PDX");
        noMatchUntilOfficer(f, "cam-p1");
        awaitCount("select count(*) from alert where port = 'PDX' and kind = 'NO_MATCH'", 1);
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        java.net.URI root = api().root();
        browser.send(java.net.http.HttpRequest.newBuilder(root.resolve("alerts/index.xhtml")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        var login = browser.send(java.net.http.HttpRequest.newBuilder(root.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=off-pdx&password=" + PASSWORD)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(302, login.statusCode());
        var page = browser.send(java.net.http.HttpRequest.newBuilder(root.resolve("alerts/index.xhtml")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("NO_MATCH") && page.body().contains("PDX") && page.body().contains("Acknowledge"), page.body());
        assertTrue(page.body().contains("api/v1/alerts/stream?lastEventId="), "the page listens to the stream");
        var stream = browser.send(java.net.http.HttpRequest.newBuilder(root.resolve("api/v1/alerts/stream")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode(), "the portal session authenticates the page's event stream");
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        stream.body().close();
        var hotlist = browser.send(java.net.http.HttpRequest.newBuilder(root.resolve("hotlist/index.xhtml")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertTrue(hotlist.statusCode() == 401 || hotlist.statusCode() == 403, "an officer is not a PAU analyst: " + hotlist.statusCode());
    }

    @Test
    void badInputIsRefusedClearly() {
        String feed = feed();
        assertEquals(422, api().postJson("api/v1/watchlist/entries", Api.bearer(feed), "{\"category\":\"WANTED\"}").status());
        assertEquals(400, api().postJson("api/v1/watchlist/entries", Api.bearer(feed), "not json").status());
        assertEquals(422, api().postJson("api/v1/watchlist/entries", Api.bearer(feed), "{\"category\":\"WANTED\",\"faces\":[{\"template\":"
                + "{\"algorithm\":\"cosine-v1\",\"data\":\"@@\"}}]}").status());
        assertEquals(403, api().postJson("api/v1/watchlist/entries", officer("off-x", "LAX"), "{\"category\":\"WANTED\"}").status());
        assertEquals(404, api().postJson("api/v1/hotlist/nope/validate", analyst(), "{\"reason\":\"x\"}").status());
        assertEquals(400, api().get("api/v1/hotlist?status=MAYBE", analyst()).status());
        assertEquals(401, api().get("api/v1/alerts", null).status());
    }

    // ---- helpers ----

    private String feed() {
        return api().client("watch-list feed", List.of("watchlist-feed"), List.of(), List.of());
    }

    private String analyst() {
        return api().person("pau.analyst", List.of("pau-analyst"), List.of());
    }

    private String officer(String username, String port) {
        Api.Reply created = api().postJson("api/v1/admin/users", Api.admin(), Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).add("roles", Json.createArrayBuilder().add("officer"))
                .add("scope", Json.createObjectBuilder().add("ports", Json.createArrayBuilder().add(port))).build().toString());
        assertTrue(created.status() == 201 || created.status() == 409, created.body());
        return Api.basic(username, PASSWORD);
    }

    private String listEntry(String feed, String category, String family, String given, String dob, String nationality) {
        String body = Json.createObjectBuilder().add("category", category).add("person", Json.createObjectBuilder()
                .add("familyName", family).add("givenNames", given).add("dateOfBirth", dob).add("nationality", nationality)).build()
                .toString();
        Api.Reply reply = api().postJson("api/v1/watchlist/entries", Api.bearer(feed), body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    private String listFace(String feed, float[] face) {
        String body = Json.createObjectBuilder().add("category", "TERRORISM").add("faces", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("template", Templates.template(face)))).build().toString();
        Api.Reply reply = api().postJson("api/v1/watchlist/entries", Api.bearer(feed), body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    private static Paxlst.Person person(String family, String given, String dob, String nationality, String reference) {
        return new Paxlst.Person(family, given, dob, "M", nationality, reference, "D" + reference.replace("-", ""), nationality);
    }

    /** Enrols the people with faces and sends the outbound flight's manifest. */
    private Flights.Flight flight(String carrier, String number, String from, List<Paxlst.Person> people) {
        return flight(carrier, number, from, people, people.stream().map(p -> synth.randomUnit(128)).toList());
    }

    private Flights.Flight flight(String carrier, String number, String from, List<Paxlst.Person> people, List<float[]> faces) {
        String submitter = api().client("carrier " + carrier, List.of("manifest-submitter"), List.of(carrier), List.of());
        String holdings = api().client("holdings " + carrier, List.of("holdings-feed"), List.of(), List.of());
        LocalDate date = LocalDate.now().plusDays(1);
        Paxlst manifest = new Paxlst(carrier, number, date).route(from, "YYZ");
        List<Flights.Traveler> travelers = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Paxlst.Person p = people.get(i);
            float[] face = faces.get(i);
            assertEquals(201,
                    api().postJson("api/v1/holdings/identities", Api.bearer(holdings), Templates.identity(p, face, false)).status());
            manifest.add(p);
            travelers.add(new Flights.Traveler(p, face));
        }
        Api.Reply sent = api().post("api/v1/manifests", Api.bearer(submitter), "application/edifact", manifest.bytes());
        assertEquals(201, sent.status(), sent.body());
        return new Flights.Flight(carrier, number, date, from, travelers);
    }

    private String travelerId(Flights.Flight f, int index) {
        return Db.string("select cast(t.id as varchar) from traveler t join flight fl on fl.id = t.flight_id where fl.carrier = ?"
                + " and fl.number = ? and t.reference = ?", f.carrier(), f.number(), f.travelers().get(index).person().reference());
    }

    private JsonObject board(Flights.Flight f, String gate, String device, float[] face) {
        String camera = api().client("camera " + f.carrier(), List.of("capture-device"), List.of(f.carrier()), List.of(f.from()));
        Api.Reply reply = api().postJson("api/v1/verifications", Api.bearer(camera),
                Flights.request("AIR_BOARDING", f, gate, device, face).toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private void noMatchUntilOfficer(Flights.Flight f, String device) {
        String instruction = "";
        for (int i = 0; i < 5 && !"SEE_OFFICER".equals(instruction); i++) {
            instruction = board(f, "Z9", device, synth.randomUnit(128)).getString("instruction");
        }
        assertEquals("SEE_OFFICER", instruction);
    }

    private java.util.Optional<JsonObject> hotlist(Predicate<JsonObject> wanted) {
        Api.Reply reply = api().get("api/v1/hotlist?limit=1000", analyst());
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject).filter(wanted).findFirst();
    }

    private JsonObject awaitHotlist(Predicate<JsonObject> wanted) throws InterruptedException {
        String analyst = analyst();
        for (int i = 0; i < 100; i++) {
            Api.Reply reply = api().get("api/v1/hotlist?limit=1000", analyst);
            var found = reply.jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject).filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such hotlist entry within 10 s");
    }

    private JsonObject awaitAlert(String officer, Predicate<JsonObject> wanted) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            var found = api().get("api/v1/alerts", officer).jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such alert within 5 s");
    }

    private static void awaitCount(String sql, long expected, Object... params) throws InterruptedException {
        long n = -1;
        for (int i = 0; i < 100 && n < expected; i++) {
            n = Db.count(sql, params);
            if (n < expected) {
                Thread.sleep(100);
            }
        }
        assertEquals(expected, n, sql);
    }

    private static List<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        JsonArray list = reply.jsonStructure().asJsonArray();
        return list.stream().map(v -> v.asJsonObject().getString("id")).toList();
    }
}
