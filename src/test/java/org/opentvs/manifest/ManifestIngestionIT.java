package org.opentvs.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;
import org.opentvs.it.Paxlst;
import org.opentvs.it.Templates;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManifestIngestionIT {

    /** Travelers the GTAS parser extracts from each shared sample: we must find at least as many. */
    private static final Map<String, Integer> GTAS = Map.ofEntries(Map.entry("ediclean-A", 1), Map.entry("ediclean-B", 1),
            Map.entry("ediclean-C", 3), Map.entry("ediclean-D", 1), Map.entry("ediclean-E", 3), Map.entry("ediclean-F", 1),
            Map.entry("gtas-Test1", 8), Map.entry("gtas-Test3", 260), Map.entry("gtas-airline2", 10),
            Map.entry("gtas-apisMessage", 2), Map.entry("gtas-legacy", 4), Map.entry("gtas-multiple", 2));
    private static final String EDIFACT = "application/edifact";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    private String submitter(String... carriers) {
        return api().client("carrier " + String.join(",", carriers), List.of("manifest-submitter"), List.of(carriers), List.of());
    }

    private static Paxlst.Person person(String flight, int i, String nationality, String issuer) {
        return new Paxlst.Person("TRAVELER" + flight + "X" + i, "ALEX", "850601", "F", nationality, "R" + flight + "-" + i,
                "D" + flight + "N" + i, issuer);
    }

    @Test
    void everySharedSampleIngestsAndRepeatsAreDuplicates() throws IOException {
        Path dir = Path.of(System.getProperty("opentvs.shared.data", "../shared/data"), "paxlst");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared PAXLST samples not present");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        String token = submitter("UA", "AA", "QQ", "SA", "TN", "A9", "B2", "FZ", "AT", "TK");
        for (Path file : files) {
            String name = file.getFileName().toString();
            int expected = GTAS.entrySet().stream().filter(e -> name.startsWith(e.getKey())).findFirst().map(Map.Entry::getValue).orElse(1);
            Api.Reply reply = api().post("api/v1/manifests", Api.bearer(token), EDIFACT, Files.readAllBytes(file));
            assertEquals(201, reply.status(), name + ": " + reply.body());
            JsonObject receipt = reply.json();
            assertEquals("ACCEPTED", receipt.getString("status"), name);
            assertTrue(receipt.getInt("travelers") >= expected,
                    name + " gave " + receipt.getInt("travelers") + " travelers, GTAS finds " + expected);
            assertNotNull(receipt.getJsonObject("gallery").getString("id"), name);
        }
        Path test3 = files.stream().filter(f -> f.getFileName().toString().startsWith("gtas-Test3")).findFirst().orElseThrow();
        long travelersBefore = Db.count("select count(*) from traveler");
        Api.Reply again = api().post("api/v1/manifests", Api.bearer(token), EDIFACT, Files.readAllBytes(test3));
        assertEquals(200, again.status(), again.body());
        assertEquals("DUPLICATE", again.json().getString("status"));
        assertTrue(again.json().getInt("travelers") >= 260);
        assertEquals(travelersBefore, Db.count("select count(*) from traveler"), "a duplicate adds nobody");
    }

    @Test
    void partsAccumulateOnTheFlightAndCloseOutClosesIt() {
        String token = submitter("QM");
        LocalDate date = LocalDate.now().plusDays(2);
        List<Paxlst.Person> first = new ArrayList<>();
        List<Paxlst.Person> second = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.add(person("QM100", i, "CAN", "CAN"));
            second.add(person("QM100", 10 + i, "FRA", "FRA"));
        }
        Api.Reply part1 = api().post("api/v1/manifests", Api.bearer(token), EDIFACT,
                new Paxlst("QM", "100", date).part("01:C").addAll(first).bytes());
        assertEquals(201, part1.status(), part1.body());
        assertEquals(1, part1.json().getJsonObject("part").getInt("number"));
        assertFalse(part1.json().getJsonObject("part").getBoolean("last"));
        // a re-transmission of one traveler with a changed seat-less record must not double them
        second.add(first.get(0));
        Api.Reply part2 = api().post("api/v1/manifests", Api.bearer(token), EDIFACT,
                new Paxlst("QM", "100", date).part("02:F").addAll(second).bytes());
        assertEquals(201, part2.status(), part2.body());
        assertTrue(part2.json().getJsonObject("part").getBoolean("last"));
        assertEquals(6, Db
                .count("select count(*) from traveler t join flight f on f.id = t.flight_id where f.carrier = 'QM' and f.number = '100'"));
        JsonObject gallery = api().get("api/v1/flights/QM100/" + date + "/gallery", Api.admin()).json();
        assertEquals(6, gallery.getInt("expectedTravelers"));
        assertEquals("READY", gallery.getString("status"));

        Api.Reply cancel = api().post("api/v1/manifests", Api.bearer(token), EDIFACT,
                new Paxlst("QM", "100", date).bgm("745+XR").add(second.get(0)).bytes());
        assertEquals(201, cancel.status(), cancel.body());
        assertEquals("CANCELLATION", cancel.json().getString("kind"));
        assertEquals(5, api().get("api/v1/flights/QM100/" + date + "/gallery", Api.admin()).json().getInt("expectedTravelers"));

        Api.Reply closeOut = api().post("api/v1/manifests", Api.bearer(token), EDIFACT,
                new Paxlst("QM", "100", date).bgm("266+CLOB").add(first.get(0)).add(first.get(1)).bytes());
        assertEquals(201, closeOut.status(), closeOut.body());
        assertEquals("CLOSE_OUT", closeOut.json().getString("kind"));
        assertEquals("CLOSED", closeOut.json().getString("flightStatus"));
        JsonObject closed = api().get("api/v1/flights/QM100/" + date + "/gallery", Api.admin()).json();
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(2, closed.getInt("expectedTravelers"), "only who boarded stays expected");
        assertEquals(3, Db.count("select count(*) from traveler t join flight f on f.id = t.flight_id"
                + " where f.carrier = 'QM' and t.status = 'NOT_BOARDED'"));
    }

    @Test
    void galleryLinksHoldingsByDocumentAndByName() {
        String token = submitter("QG");
        String feed = api().client("passport photos", List.of("holdings-feed"), List.of(), List.of());
        SyntheticIdentities synth = new SyntheticIdentities(11);
        LocalDate date = LocalDate.now().plusDays(1);
        Paxlst manifest = new Paxlst("QG", "7", date);
        for (int i = 0; i < 5; i++) {
            Paxlst.Person p = person("QG7", i, "DEU", "DEU");
            manifest.add(p);
            if (i < 3) {
                assertEquals(201,
                        api().postJson("api/v1/holdings/identities", Api.bearer(feed), Templates.identity(p, synth.randomUnit(64), false))
                                .status());
            } else if (i == 3) {
                // known by name, date of birth and nationality, under another passport
                Paxlst.Person renewed = new Paxlst.Person(p.family(), p.given(), p.dob(), p.sex(), p.nationality(), p.reference(),
                        "OLD" + i, "DEU");
                assertEquals(201, api()
                        .postJson("api/v1/holdings/identities", Api.bearer(feed), Templates.identity(renewed, synth.randomUnit(64), false))
                        .status());
            }
        }
        Api.Reply reply = api().post("api/v1/manifests", Api.bearer(token), EDIFACT, manifest.bytes());
        assertEquals(201, reply.status(), reply.body());
        String galleryId = reply.json().getJsonObject("gallery").getString("id");
        JsonObject gallery = api().get("api/v1/galleries/" + galleryId, Api.admin()).json();
        assertEquals("READY", gallery.getString("status"));
        assertEquals("FLIGHT", gallery.getString("kind"));
        assertEquals(5, gallery.getInt("expectedTravelers"));
        assertEquals(4, gallery.getInt("withReference"));
        assertEquals(1, gallery.getInt("withoutReference"));
        assertEquals("cosine-v1", gallery.getString("algorithm"));
        assertEquals(4, gallery.getInt("inMemoryRows"));
        assertTrue(gallery.getInt("buildMillis") >= 0 && gallery.getInt("buildMillis") < 10_000, gallery.toString());
        assertNotNull(gallery.getString("readyAt"));
        assertEquals(4, Db.count("select count(*) from gallery_member where gallery_id = ?::uuid", galleryId));
        assertEquals(0, Db.count("select count(*) from holding_face where position(convert_to('cosine', 'UTF8') in template) > 0"),
                "templates are sealed, not stored in the clear");
        assertEquals(404, api().get("api/v1/galleries/" + java.util.UUID.randomUUID(), Api.admin()).status());
        assertEquals(403, api().get("api/v1/galleries/" + galleryId, Api.bearer(token)).status(), "carriers do not read galleries");
    }

    @Test
    void badInputIsQuarantinedWithAClearErrorAndCanBeReprocessed() {
        String token = submitter("QB");
        byte[] broken = "UNA:+.? 'UNB+UNOA:4+QB+USCSAPIS+261124:0700+1'UNH+1+PAXLST:D:05B:UN:IATA+QB1/261124/0800+01:F'NAD+FL+++X:Y'UNT+3+1'UNZ+1+1'"
                .getBytes(StandardCharsets.ISO_8859_1);
        Api.Reply reply = api().post("api/v1/manifests", Api.bearer(token), EDIFACT, broken);
        assertEquals(422, reply.status(), reply.body());
        JsonObject error = reply.json();
        assertEquals("MANIFEST_INVALID", error.getString("error"));
        assertFalse(error.getString("segment").isEmpty(), error.toString());
        assertTrue(error.containsKey("segmentNumber"));
        String quarantineId = error.getString("quarantineId");
        assertEquals(1, Db.count("select count(*) from raw_message where id = ?::uuid and status = 'QUARANTINED'", quarantineId));
        assertTrue(api().get("api/v1/admin/quarantine", Api.admin()).body().contains(quarantineId));
        Api.Reply again = api().post("api/v1/admin/quarantine/" + quarantineId + "/reprocess", Api.admin(), null, new byte[0]);
        assertEquals(422, again.status(), "still broken after re-processing: " + again.body());

        Api.Reply garbage = api().post("api/v1/manifests", Api.bearer(token), EDIFACT, "hello, this is not EDIFACT".getBytes());
        assertEquals(422, garbage.status());
        assertEquals(400, api().post("api/v1/manifests", Api.bearer(token), EDIFACT, new byte[0]).status());
        Api.Reply json = api().postJson("api/v1/manifests", Api.bearer(token), "{\"a\":1}");
        assertEquals(415, json.status());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", json.json().getString("error"));
        Api.Reply huge = api().post("api/v1/manifests", Api.bearer(token), EDIFACT, new byte[6 * 1024 * 1024]);
        assertEquals(413, huge.status());
        assertFalse(garbage.body().contains("Exception"), "no stack traces to callers");
    }

    @Test
    void aCarrierCannotSubmitAnotherCarriersManifest() {
        String token = submitter("QA");
        long refusedBefore = Db.count("select count(*) from raw_message where status = 'REFUSED'");
        Api.Reply reply = api().post("api/v1/manifests", Api.bearer(token), EDIFACT,
                new Paxlst("QZ", "55", LocalDate.now().plusDays(1)).add(person("QZ55", 1, "ITA", "ITA")).bytes());
        assertEquals(403, reply.status(), reply.body());
        assertEquals("FORBIDDEN", reply.json().getString("error"));
        assertEquals(0, Db.count("select count(*) from flight where carrier = 'QZ'"));
        assertEquals(refusedBefore + 1, Db.count("select count(*) from raw_message where status = 'REFUSED'"),
                "the refused message is kept");
        assertTrue(Db.count("select count(*) from audit_event where action = 'REFUSE'") >= 1);
        String camera = api().client("a camera", List.of("capture-device"), List.of("QZ"), List.of());
        assertEquals(403, api().post("api/v1/manifests", Api.bearer(camera), EDIFACT, new byte[]{'x'}).status(), "wrong role");
    }

    @Test
    void theFileInboxUsesTheSameReception() throws Exception {
        Path inbox = Path.of(System.getProperty("project.build.directory"), "it-inbox");
        Files.createDirectories(inbox);
        for (String stale : List.of("QI42.edi", "junk.txt", "done/QI42.edi", "rejected/junk.txt.error.json")) {
            Files.deleteIfExists(inbox.resolve(stale));
        }
        String number = String.valueOf(100 + new java.util.Random().nextInt(9000));
        byte[] message = new Paxlst("QI", number, LocalDate.now().plusDays(3)).add(person("QI" + number, 1, "JPN", "JPN")).bytes();
        Files.write(inbox.resolve("QI42.edi.part"), message);
        Files.move(inbox.resolve("QI42.edi.part"), inbox.resolve("QI42.edi"));
        Files.write(inbox.resolve("junk.txt"), "not a manifest".getBytes());
        Path done = inbox.resolve("done").resolve("QI42.edi");
        Path rejected = inbox.resolve("rejected").resolve("junk.txt.error.json");
        long deadline = System.currentTimeMillis() + 30_000;
        while ((!Files.exists(done) || !Files.exists(rejected)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertTrue(Files.exists(done), "the manifest moved to done/");
        assertTrue(Files.readString(inbox.resolve("done").resolve("QI42.edi.receipt.json")).contains("ACCEPTED"));
        assertTrue(Files.readString(rejected).contains("MANIFEST_INVALID"));
        assertEquals(1, Db.count("select count(*) from flight where carrier = 'QI' and number = ?", number));
        assertTrue(Db.count("select count(*) from raw_message where channel = 'INBOX' and status = 'QUARANTINED'") >= 1);
    }

    @Test
    void readingAManifestIsAuditedAndScoped() {
        String token = submitter("QR");
        Api.Reply reply = api().post("api/v1/manifests", Api.bearer(token), EDIFACT,
                new Paxlst("QR", "9", LocalDate.now().plusDays(1)).add(person("QR9", 1, "USA", "USA")).add(person("QR9", 2, "GBR", "GBR"))
                        .bytes());
        assertEquals(201, reply.status(), reply.body());
        String id = reply.json().getString("id");
        Api.Reply read = api().get("api/v1/manifests/" + id, Api.admin());
        assertEquals(200, read.status());
        List<JsonObject> travelers = read.json().getJsonArray("travelers").getValuesAs(JsonObject.class);
        assertEquals(2, travelers.size());
        JsonObject american = travelers.stream().filter(t -> "USA".equals(t.getString("nationality"))).findFirst().orElseThrow();
        assertTrue(american.getBoolean("usCitizen"));
        assertFalse(american.getBoolean("inScope"), "US citizens are out of biometric-exit scope");
        JsonObject briton = travelers.stream().filter(t -> "GBR".equals(t.getString("nationality"))).findFirst().orElseThrow();
        assertTrue(briton.getBoolean("inScope"));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'READ' and object_id = ?", id));
        String other = submitter("QO");
        assertEquals(404, api().get("api/v1/manifests/" + id, Api.bearer(other)).status(), "another carrier cannot see it");
    }
}
