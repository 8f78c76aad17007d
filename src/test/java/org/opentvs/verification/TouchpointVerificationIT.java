package org.opentvs.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
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

/** The CONOPS 3.2 scenarios and excursions at the touchpoints, through the public API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TouchpointVerificationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private final SyntheticIdentities synth = new SyntheticIdentities(20261123);

    private Api api() {
        return new Api(deployment);
    }

    private String camera(String carrier, String port) {
        return api().client("camera " + carrier + " " + port, List.of("capture-device"), List.of(carrier), List.of(port));
    }

    private JsonObject verify(String token, JsonObject request) {
        Api.Reply reply = api().postJson("api/v1/verifications", Api.bearer(token), request.toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void boardingMatchRecordsOneExitAndNoMatchAsksForRecaptureThenAnOfficer() {
        Flights.Flight f = Flights.prepare(api(), synth, "QV", "501", "SFO", "YVR", 5, "CAN", false);
        String cam = camera("QV", "SFO");
        Flights.Traveler t = f.travelers().get(0);
        JsonObject match = verify(cam, Flights.request("AIR_BOARDING", f, "A5", "cam-a5", synth.genuineCapture(t.face(), 0.7)));
        assertEquals("MATCH", match.getString("decision"));
        assertEquals("PROCEED", match.getString("instruction"));
        assertEquals(t.person().reference(), match.getJsonObject("traveler").getString("reference"));
        assertTrue(match.getJsonObject("traveler").getBoolean("confirmed"));
        assertTrue(match.getJsonNumber("score").doubleValue() > 0.65, match.toString());
        String id = match.getString("id");
        assertEquals(1, Db.count("select count(*) from live_capture where verification_id = ?::uuid", id),
                "a non-citizen's capture is kept");
        assertEquals(1, Db.count("select count(*) from verification where id = ?::uuid and device_make = 'Acme' and capture_quality = 81"
                + " and elapsed_micros > 0 and gate = 'A5'", id));
        assertEquals(1, Db.count("select count(*) from crossing where verification_id = ?::uuid and direction = 'EXIT'"
                + " and confirmation = 'BIOMETRIC' and touchpoint = 'AIR_BOARDING' and family_name = ?", id, t.person().family()));

        verify(cam, Flights.request("AIR_BOARDING", f, "A5", "cam-a5", synth.genuineCapture(t.face(), 0.8)));
        assertEquals(1, Db.count("select count(*) from crossing where family_name = ?", t.person().family()), "one exit per traveler");

        List<String> instructions = Stream.of(1, 2, 3).map(i -> verify(cam,
                Flights.request("AIR_BOARDING", f, "A5", "cam-a6", synth.randomUnit(128))))
                .peek(r -> assertEquals("NO_MATCH", r.getString("decision")))
                .map(r -> r.getString("instruction")).toList();
        assertEquals(List.of("RECAPTURE", "RECAPTURE", "SEE_OFFICER"), instructions);
        assertTrue(verify(cam, Flights.request("AIR_BOARDING", f, "A5", "cam-a6", synth.randomUnit(128))).isNull("traveler"));
    }

    /**
     * A crowd at the gates: 400 verifications sent 32 at a time (so the writer commits many in one
     * group, with the same traveler several times in a group) of 20 travelers and impostors. Each
     * traveler gets exactly one exit, made by one of that traveler's own MATCH verifications, with
     * one export per destination; no impostor verification makes a crossing.
     */
    @Test
    void concurrentMatchesOfTheSameTravelersRecordExactlyOneExitEach() throws Exception {
        Flights.Flight f = Flights.prepare(api(), synth, "QC", "640", "SFO", "NRT", 20, "JPN", false);
        String cam = camera("QC", "SFO");
        List<Callable<JsonObject>> calls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            float[] probe = i % 7 == 6 ? synth.randomUnit(128) : synth.genuineCapture(f.travelers().get(i % 20).face(), 0.75);
            JsonObject body = Flights.request("AIR_BOARDING", f, "C" + (i % 4), "cam-c" + (i % 8), probe);
            calls.add(() -> verify(cam, body));
        }
        // as many at once as the node admits (opentvs.verification.max-concurrent, 24): on a busy CI machine more
        // would wait past the queue time and be refused with 503 OVERLOADED, which is not what this test is about
        ExecutorService pool = Executors.newFixedThreadPool(24);
        long matches;
        try {
            matches = 0;
            for (Future<JsonObject> answer : pool.invokeAll(calls)) {
                matches += "MATCH".equals(answer.get().getString("decision")) ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(343, matches, "every genuine capture matches (57 of 400 are impostors)");
        assertEquals(400, Db.count("select count(*) from verification where carrier = 'QC' and flight_number = '640'"));
        assertEquals(20, Db.count("select count(*) from crossing where carrier = 'QC' and flight_number = '640' and direction = 'EXIT'"));
        assertEquals(20, Db.count("select count(distinct traveler_id) from crossing where carrier = 'QC' and flight_number = '640'"));
        assertEquals(20, Db.count("select count(*) from crossing c join verification v on v.id = c.verification_id"
                + " where c.carrier = 'QC' and c.flight_number = '640' and v.decision = 'MATCH' and v.traveler_id = c.traveler_id"),
                "each exit is made by a MATCH of that traveler");
        assertEquals(60, Db.count("select count(*) from outbox o join crossing c on o.idempotency_key = 'crossing:' || c.id"
                + " where c.carrier = 'QC' and c.flight_number = '640'"), "IDENT, TECS and ADIS once per exit");
    }

    @Test
    void preBoardingTouchpointsConfirmIdentityWithoutRecordingACrossing() {
        Flights.Flight f = Flights.prepare(api(), synth, "QP", "77", "JFK", "LHR", 2, "GBR", false);
        String cam = camera("QP", "JFK");
        Flights.Traveler t = f.travelers().get(1);
        for (String touchpoint : List.of("AIR_CHECK_IN", "AIR_BAG_DROP", "AIR_SECURITY")) {
            JsonObject r = verify(cam, Flights.request(touchpoint, f, "T4", "kiosk-" + touchpoint, synth.genuineCapture(t.face(), 0.75)));
            assertEquals("MATCH", r.getString("decision"), touchpoint);
        }
        assertEquals(3, Db.count("select count(*) from verification where carrier = 'QP' and decision = 'MATCH'"));
        assertEquals(0, Db.count("select count(*) from crossing where carrier = 'QP'"));
    }

    @Test
    void seaEmbarkationRecordsTheExit() {
        Flights.Flight sailing = Flights.prepare(api(), synth, "QS", "12", "MIA", "NAS", 3, "BRA", false);
        String cam = camera("QS", "MIA");
        JsonObject r = verify(cam, Flights.request("SEA_EMBARKATION", sailing, "PIER2", "pier-cam",
                synth.genuineCapture(sailing.travelers().get(2).face(), 0.7)));
        assertEquals("MATCH", r.getString("decision"));
        assertEquals(1,
                Db.count("select count(*) from crossing where carrier = 'QS' and touchpoint = 'SEA_EMBARKATION' and direction = 'EXIT'"));
    }

    @Test
    void aUsCitizenIsConfirmedAndProcessedNoFurther() {
        Flights.Flight f = Flights.prepare(api(), synth, "QC", "1", "ORD", "CDG", 1, "USA", true);
        String cam = camera("QC", "ORD");
        JsonObject r = verify(cam,
                Flights.request("AIR_BOARDING", f, "C9", "cam-c9", synth.genuineCapture(f.travelers().get(0).face(), 0.7)));
        assertEquals("MATCH", r.getString("decision"));
        assertEquals("PROCEED", r.getString("instruction"));
        String id = r.getString("id");
        assertEquals(1, Db.count("select count(*) from verification where id = ?::uuid and us_citizen and traveler_id is null", id),
                "only the fact of the verification is kept");
        assertEquals(0, Db.count("select count(*) from live_capture where verification_id = ?::uuid", id), "no live capture kept");
        assertEquals(0, Db.count("select count(*) from crossing where carrier = 'QC'"));
    }

    @Test
    void landPedestrianAndVehicleLanesSearchThePortGallery() {
        String feed = api().client("trusted traveler programme", List.of("holdings-feed"), List.of(), List.of());
        float[] walker = synth.randomUnit(128);
        float[] driver = synth.randomUnit(128);
        int n = 0;
        for (float[] face : List.of(walker, driver)) {
            Paxlst.Person p = new Paxlst.Person("CROSSER" + n, "ANA", "790101", "F", "MEX", null, "MX" + (n++) + "SYS", "MEX");
            String body = Json
                    .createObjectBuilder(Json.createReader(new java.io.StringReader(Templates.identity(p, face, false))).readObject())
                    .add("ports", Json.createArrayBuilder().add("SYS")).build().toString();
            assertEquals(201, api().postJson("api/v1/holdings/identities", Api.bearer(feed), body).status());
        }
        Api.Reply rebuilt = api().post("api/v1/admin/ports/SYS/gallery", Api.admin(), null, new byte[0]);
        assertEquals(200, rebuilt.status(), rebuilt.body());
        assertEquals("READY", rebuilt.json().getString("status"));
        assertEquals(2, rebuilt.json().getInt("withReference"));

        String lane = api().client("SYS lanes", List.of("capture-device"), List.of(), List.of("SYS"));
        JsonObject pedestrian = Json.createObjectBuilder().add("touchpoint", "LAND_PEDESTRIAN").add("direction", "ENTRY")
                .add("location", Json.createObjectBuilder().add("port", "SYS").add("lane", "P3"))
                .add("device", Json.createObjectBuilder().add("id", "sys-p3").add("type", "LANE_CAMERA"))
                .add("captures", Json.createArrayBuilder().add(Json.createObjectBuilder().add("modality", "FACE")
                        .add("template", Templates.template(synth.genuineCapture(walker, 0.72)))))
                .build();
        JsonObject walked = verify(lane, pedestrian);
        assertEquals("MATCH", walked.getString("decision"));
        assertEquals(1, Db.count("select count(*) from crossing where port = 'SYS' and direction = 'ENTRY' and identity_id is not null"
                + " and family_name = 'CROSSER0'"));

        JsonObject vehicle = Json.createObjectBuilder().add("touchpoint", "LAND_VEHICLE").add("direction", "ENTRY")
                .add("location", Json.createObjectBuilder().add("port", "SYS").add("lane", "V1"))
                .add("device", Json.createObjectBuilder().add("id", "sys-v1").add("type", "VEHICLE_CAMERA"))
                .add("vehicle", Json.createObjectBuilder().add("plate", "ABC1234").add("region", "CA"))
                .add("captures", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("modality", "FACE").add("template",
                                Templates.template(synth.genuineCapture(driver, 0.7))))
                        .add(Json.createObjectBuilder().add("modality", "FACE").add("template", Templates.template(synth.randomUnit(128)))))
                .build();
        JsonObject car = verify(lane, vehicle);
        List<JsonObject> occupants = car.getJsonArray("occupants").getValuesAs(JsonObject.class);
        assertEquals(2, occupants.size());
        assertEquals("MATCH", occupants.get(0).getString("decision"));
        assertEquals("NO_MATCH", occupants.get(1).getString("decision"));
        assertEquals(2, Db.count("select count(*) from verification where vehicle_plate = 'ABC1234' and lane = 'V1'"));
    }

    @Test
    void closingTheFlightConfirmsTheOtherDeparturesBiographically() {
        Flights.Flight f = Flights.prepare(api(), synth, "QL", "300", "IAD", "FRA", 3, "DEU", false);
        String cam = camera("QL", "IAD");
        verify(cam, Flights.request("AIR_BOARDING", f, "B1", "cam-b1", synth.genuineCapture(f.travelers().get(0).face(), 0.7)));
        String submitter = api().client("QL close-out", List.of("manifest-submitter"), List.of("QL"), List.of());
        Paxlst closeOut = new Paxlst("QL", "300", f.date()).route("IAD", "FRA").bgm("266+CLOB");
        f.travelers().forEach(t -> closeOut.add(t.person()));
        assertEquals(201, api().post("api/v1/manifests", Api.bearer(submitter), "application/edifact", closeOut.bytes()).status());
        assertEquals(1, Db.count("select count(*) from crossing where carrier = 'QL' and confirmation = 'BIOMETRIC'"));
        assertEquals(2,
                Db.count("select count(*) from crossing where carrier = 'QL' and confirmation = 'BIOGRAPHIC' and direction = 'EXIT'"));
    }

    @Test
    void callsOutsideTheDevicesScopeAreRefusedAndAudited() {
        Flights.Flight f = Flights.prepare(api(), synth, "QW", "8", "BOS", "DUB", 1, "IRL", false);
        String otherCarrier = camera("QX", "BOS");
        Api.Reply refused = api().postJson("api/v1/verifications", Api.bearer(otherCarrier),
                Flights.request("AIR_BOARDING", f, "E1", "cam-e1", synth.genuineCapture(f.travelers().get(0).face(), 0.7)).toString());
        assertEquals(403, refused.status());
        String otherPort = camera("QW", "JFK");
        assertEquals(403, api().postJson("api/v1/verifications", Api.bearer(otherPort),
                Flights.request("AIR_BOARDING", f, "E1", "cam-e1", synth.randomUnit(128)).toString()).status());
        assertTrue(Db.count("select count(*) from audit_event where action = 'REFUSE' and object_type = 'verification'") >= 2);
        assertEquals(0, Db.count("select count(*) from verification where carrier = 'QW'"));
    }

    @Test
    void capturesTheGalleryCannotUseAreRefusedAndNothingIsStored() {
        Flights.Flight f = Flights.prepare(api(), synth, "QT", "64", "SEA", "NRT", 1, "JPN", false);
        String cam = camera("QT", "SEA");
        long before = Db.count("select count(*) from verification");
        JsonObject good = Flights.request("AIR_BOARDING", f, "S1", "cam-s1", synth.randomUnit(128));
        String wrongAlgorithm = good.toString().replace("\"cosine-v1\"", "\"vendor-x9\"");
        assertRefused(cam, wrongAlgorithm, "ALGORITHM_MISMATCH");
        assertRefused(cam, Flights.request("AIR_BOARDING", f, "S1", "cam-s1", synth.randomUnit(64)).toString(), "DIMENSION_MISMATCH");
        String malformed = good.toString().replaceFirst("\"data\":\"[^\"]*\"", "\"data\":\"AAAA!!\"");
        assertRefused(cam, malformed, "TEMPLATE_MALFORMED");
        String image = good.toString().replaceFirst("\"template\":\\{[^}]*\\}", "\"image\":{\"format\":\"jpeg\",\"data\":\"/9j/4AAQ\"}");
        assertRefused(cam, image, "NO_ENGINE_FOR_IMAGES");
        assertEquals(400, api().postJson("api/v1/verifications", Api.bearer(cam), "{\"touchpoint\":").status());
        assertEquals(before, Db.count("select count(*) from verification"), "nothing stored for refused captures");
    }

    private void assertRefused(String token, String body, String code) {
        Api.Reply reply = api().postJson("api/v1/verifications", Api.bearer(token), body);
        assertEquals(422, reply.status(), reply.body());
        assertEquals(code, reply.json().getString("error"));
    }

    @Test
    void exportsAreWrittenOncePerRecordEvenWhenTheSenderRestarts() throws Exception {
        Flights.Flight f = Flights.prepare(api(), synth, "QE", "5", "LAX", "SYD", 2, "AUS", false);
        String cam = camera("QE", "LAX");
        for (Flights.Traveler t : f.travelers()) {
            verify(cam, Flights.request("AIR_BOARDING", f, "D4", "cam-d4", synth.genuineCapture(t.face(), 0.7)));
        }
        List<String> crossings = Db.strings("select cast(id as varchar) from crossing where carrier = 'QE'");
        assertEquals(2, crossings.size());
        Path exports = Path.of(System.getProperty("project.build.directory"), "it-exports");
        awaitDelivered(crossings);
        // the sender "crashed" after writing its files but before recording delivery: it must not write them twice
        Db.execute(
                "update outbox set delivered_at = null where idempotency_key in (select 'crossing:' || id from crossing where carrier = 'QE')");
        awaitDelivered(crossings);
        Api.Reply determination = api().postJson("api/v1/crossings/" + crossings.get(0) + "/ident-determination", Api.admin(),
                "{\"determination\":\"NO_MATCH\",\"identRecord\":\"OBIM-1\"}");
        assertEquals(201, determination.status(), determination.body());
        assertTrue(determination.json().getBoolean("mismatch"), "IDENT disagrees with our biometric confirmation");
        Api.Reply read = api().get("api/v1/crossings?port=LAX&confirmation=BIOMETRIC", Api.admin());
        assertEquals(200, read.status());
        assertTrue(read.body().contains(crossings.get(1)));
        assertEquals(400, api().get("api/v1/crossings?direction=SIDEWAYS", Api.admin()).status());
        for (String destination : List.of("IDENT", "TECS", "ADIS")) {
            for (String crossing : crossings) {
                assertEquals(1, occurrences(exports.resolve(destination), crossing), destination + " has crossing " + crossing + " once");
            }
        }
    }

    private static void awaitDelivered(List<String> crossings) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        String pending = "select count(*) from outbox where delivered_at is null and idempotency_key in ("
                + String.join(",", crossings.stream().map(c -> "'crossing:" + c + "'").toList()) + ")";
        while (Db.count(pending) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, Db.count(pending), "exports delivered");
        assertEquals(6, Db.count("select count(*) from outbox where idempotency_key in ("
                + String.join(",", crossings.stream().map(c -> "'crossing:" + c + "'").toList()) + ")"), "IDENT, TECS and ADIS each");
    }

    private static long occurrences(Path dir, String crossing) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jsonl")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).filter(line -> line.contains("\"crossingId\":\"" + crossing + "\"")).count();
        }
    }
}
