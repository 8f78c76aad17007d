package org.opentvs.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Flights;
import org.opentvs.it.MicroProcess;
import org.opentvs.it.Paxlst;
import org.opentvs.it.TcpProxy;
import org.opentvs.it.Templates;
import org.opentvs.it.TestDatabase;

/**
 * The verification write path when PostgreSQL goes away, on the real WAR in a Payara Micro process
 * of this test's own, which reaches PostgreSQL only through a {@link TcpProxy} the test cuts (the
 * shared cluster is never stopped), on a database of its own. Verifications during the outage are
 * answered with the decisions they would get anyway; after recovery each answered one has exactly
 * one record, one crossing where one is due and one export per destination; a full journal refuses
 * with 503; and a server killed with {@code kill -9} while journaling replays before it is ready.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerificationOutageIT {

    /** Small, so the full-journal case needs a few dozen verifications; each entry is about 1.4 kB. */
    private static final long JOURNAL_MAX_BYTES = 48 * 1024;

    private final SyntheticIdentities synth = new SyntheticIdentities(20261203);
    private final String host = System.getProperty("it.db.host", "127.0.0.1");
    private final int pgPort = Integer.parseInt(System.getProperty("it.db.port", "5432"));
    private final String dbName = System.getProperty("it.db.name", "opentvs_test") + "_outage";
    private TcpProxy proxy;
    private MicroProcess server;
    private Api api;
    private Flights.Flight flight;
    private String camera;
    private Path journal;

    @BeforeAll
    void start() throws Exception {
        TestDatabase.fresh(dbName);
        proxy = new TcpProxy(host, pgPort);
        journal = Path.of(System.getProperty("project.build.directory", "target"), "it-outage", "journal").toAbsolutePath();
        deleteTree(journal);
        server = new MicroProcess("it-outage", "127.0.0.1", proxy.port(), dbName, List.of(
                "opentvs.verification.journal.directory=" + journal,
                "opentvs.verification.journal.max-bytes=" + JOURNAL_MAX_BYTES,
                "opentvs.verification.journal.replay-interval-millis=500"));
        server.start();
        server.awaitReady(Duration.ofSeconds(420));
        api = new Api(new URL(server.root().toString()));
        flight = Flights.prepare(api, synth, "QO", "903", "SFO", "ICN", 14, "KOR", false);
        camera = api.client("outage cameras", List.of("capture-device"), List.of("QO"), List.of("SFO"));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (proxy != null) {
                proxy.restore();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
            if (proxy != null) {
                proxy.close();
            }
        }
    }

    @Test
    @Order(1)
    void verificationsDuringAnOutageAreAnsweredAndEachIsRecordedOnceWhenTheDatabaseIsBack() throws Exception {
        JsonObject before = verify(genuine(0), "cam-before");
        assertEquals("MATCH", before.getString("decision"));
        // the administrator's credentials are checked (and remembered) while the database is up
        assertEquals(404, api.get("api/v1/manifests/" + java.util.UUID.randomUUID(), Api.admin()).status());
        List<String> matches = new ArrayList<>();
        List<String> noMatches = new ArrayList<>();
        proxy.cut();
        try {
            for (int i = 1; i <= 6; i++) {
                JsonObject r = verify(genuine(i), "cam-out-" + i);
                assertEquals("MATCH", r.getString("decision"), r.toString());
                assertEquals("PROCEED", r.getString("instruction"));
                assertEquals(flight.travelers().get(i).person().reference(), r.getJsonObject("traveler").getString("reference"));
                matches.add(r.getString("id"));
            }
            for (int i = 1; i <= 3; i++) {
                JsonObject r = verify(synth.randomUnit(128), "cam-impostor-" + i);
                assertEquals("NO_MATCH", r.getString("decision"), r.toString());
                assertEquals("RECAPTURE", r.getString("instruction"), "a first unsuccessful capture asks for another");
                noMatches.add(r.getString("id"));
            }
            Api.Reply ready = api.get("health/ready", null);
            assertEquals(200, ready.status(), ready.body());
            JsonObject writer = check(ready.json(), "verification-writer");
            assertEquals("DEGRADED", writer.getJsonObject("data").getString("mode"));
            assertEquals(9, number(writer.getJsonObject("data"), "journalDepth"), ready.body());
            assertEquals("DEGRADED", check(ready.json(), "database").getJsonObject("data").getString("mode"));

            Paxlst manifest = new Paxlst("QO", "904", flight.date()).route("SFO", "ICN");
            manifest.add(new Paxlst.Person("PAXQO904N0", "SAM", "880203", "M", "KOR", "REF-QO904-0", "PQO904X0", "KOR"));
            Api.Reply feed = api.post("api/v1/manifests", Api.admin(), "application/edifact", manifest.bytes());
            assertEquals(503, feed.status(), "a manifest while the database is down: " + feed.body());
            assertTrue(feed.headers().firstValue("Retry-After").isPresent(), "the sender is told when to retry");
            Api.Reply holding = api.postJson("api/v1/holdings/identities", Api.admin(),
                    Templates.identity(new Paxlst.Person("HOLD", "ONE", "900101", "F", "KOR", "REF-HOLD-1", "PHOLD1", "KOR"),
                            synth.randomUnit(128), false));
            assertEquals(503, holding.status(), "a holdings record while the database is down: " + holding.body());
            assertTrue(holding.headers().firstValue("Retry-After").isPresent());
        } finally {
            proxy.restore();
        }
        awaitDirect();
        for (String id : matches) {
            assertEquals(1,
                    count("select count(*) from verification where id = ?::uuid and decision = 'MATCH' and instruction = 'PROCEED'", id));
            assertEquals(1, count("select count(*) from live_capture where verification_id = ?::uuid", id));
            assertEquals(1, count("select count(*) from crossing where verification_id = ?::uuid and direction = 'EXIT'"
                    + " and confirmation = 'BIOMETRIC' and family_name is not null", id), "the exit this match confirmed");
            for (String destination : List.of("IDENT", "TECS", "ADIS")) {
                assertEquals(1, count("select count(*) from outbox o join crossing c on o.idempotency_key = 'crossing:' || c.id"
                        + " where c.verification_id = ?::uuid and o.destination = ?", id, destination), destination);
            }
        }
        for (String id : noMatches) {
            assertEquals(1, count("select count(*) from verification where id = ?::uuid and decision = 'NO_MATCH'", id));
            assertEquals(0, count("select count(*) from crossing where verification_id = ?::uuid", id));
        }
        assertEquals(7, count("select count(*) from crossing where carrier = 'QO'"), "one exit per matched traveler, no more");
        assertEquals(10, count("select count(*) from verification where carrier = 'QO'"), "every answer recorded once");
        assertFalse(segments().findAny().isPresent(), "an emptied journal leaves no segment behind");
    }

    @Test
    @Order(2)
    void aFullJournalRefusesWith503AndEveryAnsweredVerificationIsRecorded() throws Exception {
        awaitDirect();
        verify(synth.randomUnit(128), "cam-full-warm");
        long before = count("select count(*) from verification where carrier = 'QO'");
        List<String> answered = new ArrayList<>();
        Api.Reply refused = null;
        proxy.cut();
        try {
            for (int i = 0; i < 200 && refused == null; i++) {
                Api.Reply r = api.postJson("api/v1/verifications", Api.bearer(camera),
                        Flights.request("AIR_BOARDING", flight, "F1", "cam-full-" + i, synth.randomUnit(128)).toString());
                if (r.status() == 200) {
                    answered.add(r.json().getString("id"));
                } else {
                    refused = r;
                }
            }
            assertTrue(refused != null, "the journal of " + JOURNAL_MAX_BYTES + " bytes never filled");
            assertEquals(503, refused.status(), refused.body());
            assertEquals("JOURNAL_FULL", refused.json().getString("error"));
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertTrue(answered.size() > 10, "answered from the journal before it filled: " + answered.size());
            Api.Reply ready = api.get("health/ready", null);
            assertEquals(503, ready.status(), "nothing durable can be written: not ready. " + ready.body());
        } finally {
            proxy.restore();
        }
        awaitDirect();
        for (String id : answered) {
            assertEquals(1, count("select count(*) from verification where id = ?::uuid", id));
        }
        assertEquals(before + answered.size(), count("select count(*) from verification where carrier = 'QO'"),
                "the refused ones left nothing behind");
        JsonObject after = verify(synth.randomUnit(128), "cam-full-after");
        assertEquals(1, count("select count(*) from verification where id = ?::uuid", after.getString("id")), "back to direct writes");
    }

    @Test
    @Order(3)
    void aServerKilledWhileJournalingReplaysEverythingBeforeItIsReady() throws Exception {
        awaitDirect();
        verify(synth.randomUnit(128), "cam-kill-warm");
        List<String> matches = new ArrayList<>();
        List<String> all = new ArrayList<>();
        proxy.cut();
        try {
            for (int i = 7; i <= 11; i++) {
                JsonObject r = verify(genuine(i), "cam-kill-" + i);
                assertEquals("MATCH", r.getString("decision"));
                matches.add(r.getString("id"));
                all.add(r.getString("id"));
            }
            all.add(verify(synth.randomUnit(128), "cam-kill-impostor").getString("id"));
            assertTrue(segments().findAny().isPresent(), "the answers are in the journal");
            server.kill();
        } finally {
            proxy.restore();
        }
        for (String id : all) {
            assertEquals(0, count("select count(*) from verification where id = ?::uuid", id), "not in PostgreSQL before the restart");
        }
        server.start();
        String ready = server.awaitReady(Duration.ofSeconds(420));
        // ready means replayed: no waiting here
        for (String id : all) {
            assertEquals(1, count("select count(*) from verification where id = ?::uuid", id), "replayed at startup");
        }
        for (String id : matches) {
            assertEquals(1, count("select count(*) from crossing where verification_id = ?::uuid and direction = 'EXIT'", id));
            assertEquals(3, count("select count(*) from outbox o join crossing c on o.idempotency_key = 'crossing:' || c.id"
                    + " where c.verification_id = ?::uuid", id));
        }
        JsonObject writer = check(jakarta.json.Json.createReader(new java.io.StringReader(ready)).readObject(), "verification-writer");
        assertEquals("DIRECT", writer.getJsonObject("data").getString("mode"));
        assertEquals(0, number(writer.getJsonObject("data"), "journalDepth"));
    }

    private float[] genuine(int traveler) {
        return synth.genuineCapture(flight.travelers().get(traveler).face(), 0.7);
    }

    private JsonObject verify(float[] face, String device) {
        Api.Reply r = api.postJson("api/v1/verifications", Api.bearer(camera),
                Flights.request("AIR_BOARDING", flight, "B7", device, face).toString());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** MicroProfile Health data as Payara renders it (numbers may come as strings). */
    private static long number(JsonObject data, String key) {
        return data.get(key) instanceof jakarta.json.JsonNumber n ? n.longValue() : Long.parseLong(data.getString(key));
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(v -> v.asJsonObject()).filter(c -> name.equals(c.getString("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private void awaitDirect() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Api.Reply ready = api.get("health/ready", null);
            last = ready.body();
            if (ready.status() == 200) {
                JsonObject data = check(ready.json(), "verification-writer").getJsonObject("data");
                if ("DIRECT".equals(data.getString("mode")) && number(data, "journalDepth") == 0) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the journal was not replayed within 90 s: " + last);
    }

    private Stream<Path> segments() throws java.io.IOException {
        if (!Files.isDirectory(journal)) {
            return Stream.empty();
        }
        return Files.list(journal).filter(p -> p.getFileName().toString().startsWith("segment-")).toList().stream();
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + pgPort + "/" + dbName,
                System.getProperty("it.db.user", "opentvs"), System.getProperty("it.db.password", "opentvs"));
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
