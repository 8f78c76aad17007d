package org.opentvs.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.opentvs.it.TestDatabase;

/**
 * Two real Payara Micro processes in one Payara data grid (TCP/IP discovery on 127.0.0.1) on one
 * PostgreSQL database of their own: what one node learns, the other knows, and the sign-in
 * throttle and the request quota count once for both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String PASSWORD = "officer-secret-42";

    private final SyntheticIdentities synth = new SyntheticIdentities(20261215);
    private final String host = System.getProperty("it.db.host", "127.0.0.1");
    private final int pgPort = Integer.parseInt(System.getProperty("it.db.port", "5432"));
    private final String dbName = System.getProperty("it.db.name", "opentvs_test") + "_cluster";
    private final int httpBase = Integer.parseInt(System.getProperty("it.http.port", "18080"));
    private final int gridBase = Integer.parseInt(System.getProperty("it.cluster.grid.port", String.valueOf(httpBase + 95)));
    private final List<MicroProcess> nodes = new ArrayList<>();
    private Api a;
    private Api b;

    @BeforeAll
    void start() throws Exception {
        TestDatabase.fresh(dbName);
        String members = "127.0.0.1:" + gridBase + ",127.0.0.1:" + (gridBase + 1);
        String cluster = "opentvs-it-" + httpBase;
        try {
            for (int i = 0; i < 2; i++) {
                MicroProcess node = new MicroProcess("it-cluster-" + (i + 1), host, pgPort, dbName, List.of(), httpBase + 13 + i,
                        List.of("--name", "it-node-" + (i + 1), "--clustername", cluster, "--clustermode", "tcpip:" + members,
                                "--startport", String.valueOf(gridBase + i), "--interfaces", "127.0.0.1", "--nohostaware"));
                nodes.add(node);
                node.start();
                // the first founds the grid (and migrates the schema) while the second boots and joins it
                node.awaitLog("DG Size: " + (i + 1), Duration.ofSeconds(300));
            }
            for (MicroProcess node : nodes) {
                node.awaitReady(Duration.ofSeconds(420));
            }
        } catch (Exception | Error e) {
            stop();
            throw e;
        }
        a = new Api(new URL(nodes.get(0).root().toString()));
        b = new Api(new URL(nodes.get(1).root().toString()));
        String health = b.get("health/ready", null).body();
        assertTrue(health.matches(".*\"data-grid\",\"status\":\"UP\",\"data\":\\{\"clustered\":\"true\",\"members\":\"2\".*"),
                "both nodes in one data grid: " + health);
    }

    @AfterAll
    void stop() throws InterruptedException {
        for (MicroProcess node : nodes) {
            try {
                node.stop();
            } catch (RuntimeException e) {
                node.kill();
            }
        }
    }

    @Test
    @Order(1)
    void aGalleryBuiltOnOneNodeIsSearchedOnTheOtherWithinASecond() throws Exception {
        Flights.Flight f = Flights.prepare(a, synth, "CQ", "41", "SFO", "NRT", 6, "JPN", false);
        String gallery = "api/v1/flights/CQ41/" + f.date() + "/gallery";
        b.get(gallery, Api.admin()); // node B has checked the administrator's password once (a deliberately slow hash)
        long readyOnA = awaitInMemory(a, gallery, 60_000);
        long readyOnB = awaitInMemory(b, gallery, 10_000);
        long millis = (readyOnB - readyOnA) / 1_000_000;
        assertTrue(millis <= 1_000, "in node B's memory " + millis + " ms after node A's");

        String camera = b.client("camera CQ SFO", List.of("capture-device"), List.of("CQ"), List.of("SFO"));
        Api.Reply reply = b.postJson("api/v1/verifications", Api.bearer(camera),
                Flights.request("AIR_BOARDING", f, "C3", "cam-c3", synth.genuineCapture(f.travelers().get(2).face(), 0.8)).toString());
        assertEquals(200, reply.status(), reply.body());
        assertEquals("MATCH", reply.json().getString("decision"), reply.body());
        assertEquals(f.travelers().get(2).person().reference(), reply.json().getJsonObject("traveler").getString("reference"));
    }

    @Test
    @Order(2)
    void aWatchListEntryMadeOnOneNodeHitsAManifestReceivedByTheOtherOnce() throws Exception {
        String feed = b.client("watch-list feed", List.of("watchlist-feed"), List.of(), List.of());
        String body = Json.createObjectBuilder().add("category", "WANTED").add("person", Json.createObjectBuilder()
                .add("familyName", "OKONKWO").add("givenNames", "ADAEZE").add("dateOfBirth", "1981-04-12").add("nationality", "NGA"))
                .build().toString();
        Api.Reply listed = b.postJson("api/v1/watchlist/entries", Api.bearer(feed), body);
        assertEquals(201, listed.status(), listed.body());
        String entry = listed.json().getString("id");
        Thread.sleep(1_000); // what node A's screening state must have heard by the time its manifest arrives

        String submitter = a.client("carrier CQ", List.of("manifest-submitter"), List.of("CQ"), List.of());
        Paxlst manifest = new Paxlst("CQ", "77", java.time.LocalDate.now().plusDays(1)).route("LAX", "LOS");
        manifest.add(new Paxlst.Person("OKONKWO", "ADAEZE", "810412", "F", "NGA", "REF-CQ77-1", "DCQ77X1", "NGA"));
        manifest.add(new Paxlst.Person("BRANDT", "JONAS", "750101", "M", "DEU", "REF-CQ77-2", "DCQ77X2", "DEU"));
        Api.Reply sent = a.post("api/v1/manifests", Api.bearer(submitter), "application/edifact", manifest.bytes());
        assertEquals(201, sent.status(), sent.body());

        String hits = "select count(*) from hotlist_entry h join traveler t on t.id = h.subject_id"
                + " where h.watchlist_entry_id = ?::uuid and t.reference = ?";
        awaitCount(hits, 1, 30_000, entry, "REF-CQ77-1");
        Thread.sleep(2_000);
        assertEquals(1, count(hits, entry, "REF-CQ77-1"), "screened once in the cluster, not once per node");
        assertEquals(0, count(hits, entry, "REF-CQ77-2"));
    }

    @Test
    @Order(3)
    void theAttemptCountIsTheClustersAndAnAlertRaisedOnOneNodeStreamsFromTheOther() throws Exception {
        Flights.Flight f = seaFlightInBothNodes("52");
        String officer = officer(a, "off-cluster-sea", "SEA");
        String cameraA = a.client("camera CQ SEA", List.of("capture-device"), List.of("CQ"), List.of("SEA"));
        long firstSeq;
        try (SseClient onA = new SseClient(a.root().resolve("api/v1/alerts/stream"), officer, null);
                SseClient onB = new SseClient(b.root().resolve("api/v1/alerts/stream"), officer, null)) {
            assertEquals(200, onB.status());
            // three unsuccessful captures (the most the policy allows) reach A, B, A: A knows its second is the third
            assertEquals("RECAPTURE", board(a, cameraA, f, "cam-x1").getString("instruction"));
            assertEquals("RECAPTURE", board(b, cameraA, f, "cam-x1").getString("instruction"));
            assertEquals("SEE_OFFICER", board(a, cameraA, f, "cam-x1").getString("instruction"), "attempt 3 in the cluster");

            SseClient.Event hereA = onA.nextAlert(15_000, x -> "cam-x1".equals(x.getJsonObject("location").getString("deviceId", "")));
            assertNotNull(hereA, "node A's own stream has the alert");
            SseClient.Event hereB = onB.nextAlert(5_000, x -> x.getString("id").equals(hereA.data().getString("id")));
            assertNotNull(hereB, "node B's stream has the alert raised on node A");
            long lag = (hereB.receivedNanos() - hereA.receivedNanos()) / 1_000_000;
            assertTrue(lag <= 1_000, "on node B " + lag + " ms after node A");
            firstSeq = hereB.data().getJsonNumber("seq").longValue();
            assertEquals(Long.toString(firstSeq), hereB.id());
        }
        // two more alerts while the device is away; it reconnects to the other node and resumes in order
        for (String device : List.of("cam-x2", "cam-x3")) {
            assertEquals("RECAPTURE", board(b, cameraA, f, device).getString("instruction"));
            assertEquals("RECAPTURE", board(a, cameraA, f, device).getString("instruction"));
            assertEquals("SEE_OFFICER", board(b, cameraA, f, device).getString("instruction"));
        }
        awaitCount("select count(*) from alert where device_id in ('cam-x2', 'cam-x3')", 2, 15_000);
        try (SseClient resumed = new SseClient(a.root().resolve("api/v1/alerts/stream"), officer, Long.toString(firstSeq))) {
            SseClient.Event second = resumed.nextAlert(5_000, x -> true);
            SseClient.Event third = resumed.nextAlert(5_000, x -> true);
            assertNotNull(second);
            assertNotNull(third);
            assertEquals("cam-x2", second.data().getJsonObject("location").getString("deviceId"));
            assertEquals("cam-x3", third.data().getJsonObject("location").getString("deviceId"));
            assertTrue(firstSeq < Long.parseLong(second.id()) && Long.parseLong(second.id()) < Long.parseLong(third.id()), "in seq order");
        }
    }

    @Test
    @Order(4)
    void aClientRevokedOnOneNodeIsRefusedByTheOtherWithinASecond() throws Exception {
        Api.Reply issued = a.postJson("api/v1/admin/clients", Api.admin(), Json.createObjectBuilder().add("name", "revoked camera")
                .add("roles", Json.createArrayBuilder().add("capture-device")).add("scope", Json.createObjectBuilder()
                        .add("carriers", Json.createArrayBuilder().add("CQ")).add("ports", Json.createArrayBuilder().add("SFO")))
                .build().toString());
        assertEquals(201, issued.status(), issued.body());
        String token = Api.bearer(issued.json().getString("token"));
        // node B has checked the token and remembers it (for half a minute when nobody tells it otherwise)
        assertEquals(400, b.postJson("api/v1/verifications", token, "{\"touchpoint\":").status(),
                "authenticated, then refused as malformed");
        assertEquals(204, a.delete("api/v1/admin/clients/" + issued.json().getString("id"), Api.admin()).status());
        long revoked = System.nanoTime();
        int status;
        do {
            status = b.postJson("api/v1/verifications", token, "{\"touchpoint\":").status();
        } while (status == 400 && System.nanoTime() - revoked < 1_000_000_000L);
        assertEquals(401, status, "node B refuses the token revoked on node A");
    }

    /** Alerts raised on both nodes at the same time: every stream on either node has each once, in seq order. */
    @Test
    @Order(5)
    void liveAlertsRaisedOnBothNodesAtOnceReachEveryStreamInSeqOrderEachOnce() throws Exception {
        Flights.Flight f = seaFlightInBothNodes("53");
        String officer = officer(a, "off-cluster-sea", "SEA");
        String camera = a.client("camera CQ SEA live", List.of("capture-device"), List.of("CQ"), List.of("SEA"));
        int perNode = 8;
        try (SseClient onA = new SseClient(a.root().resolve("api/v1/alerts/stream"), officer, null);
                SseClient onB = new SseClient(b.root().resolve("api/v1/alerts/stream"), officer, null)) {
            assertEquals(200, onA.status());
            assertEquals(200, onB.status());
            java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<?>> raised = new ArrayList<>();
                for (Api[] order : List.of(new Api[]{a, b}, new Api[]{b, a})) {
                    raised.add(both.submit(() -> {
                        for (int i = 0; i < perNode; i++) {
                            String device = "cam-live-" + order[0].root().getPort() + "-" + i;
                            board(order[0], camera, f, device);
                            board(order[1], camera, f, device);
                            assertEquals("SEE_OFFICER", board(order[0], camera, f, device).getString("instruction"));
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> r : raised) {
                    r.get(120, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                both.shutdownNow();
            }
            for (SseClient stream : List.of(onA, onB)) {
                List<Long> seqs = new ArrayList<>();
                java.util.Set<String> ids = new java.util.HashSet<>();
                for (int i = 0; i < 2 * perNode; i++) {
                    SseClient.Event e = stream.nextAlert(10_000,
                            x -> x.getJsonObject("location").getString("deviceId", "").startsWith("cam-live-"));
                    assertNotNull(e, "alert " + (i + 1) + " of " + 2 * perNode + " on " + stream + ", so far " + seqs);
                    assertTrue(ids.add(e.data().getString("id")), "sent once: " + e.data());
                    seqs.add(Long.parseLong(e.id()));
                }
                for (int i = 1; i < seqs.size(); i++) {
                    assertTrue(seqs.get(i - 1) < seqs.get(i), "in seq order: " + seqs);
                }
                assertEquals(null,
                        stream.nextAlert(1_000, x -> x.getJsonObject("location").getString("deviceId", "").startsWith("cam-live-")),
                        "nothing more");
            }
        }
    }

    /** Wrong passwords alternated between the nodes: one allowance for the cluster, one lock, cleared on B for A too. */
    @Test
    @Order(6)
    void failedSignInsAlternatedBetweenTheNodesLockTheAccountOnBothAndAClearOnBUnlocksA() throws Exception {
        String user = "cluster.guessed";
        Api.Reply created = a.postJson("api/v1/admin/users", Api.admin(), Json.createObjectBuilder().add("username", user)
                .add("password", PASSWORD).add("roles", Json.createArrayBuilder().add("admin")).add("scope", Json.createObjectBuilder())
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String path = "api/v1/admin/clients";
        for (int i = 0; i < 10; i++) {
            Api node = i % 2 == 0 ? a : b;
            assertEquals(401, node.get(path, Api.basic(user, "wrong-password-" + i)).status(), "failure " + (i + 1) + " on " + node.root());
        }
        Api.Reply lockedOnA = a.get(path, Api.basic(user, "wrong-password-10"));
        Api.Reply lockedOnB = b.get(path, Api.basic(user, PASSWORD));
        for (Api.Reply locked : List.of(lockedOnA, lockedOnB)) {
            assertEquals(429, locked.status(), "ten failures in total, five on each node: " + locked.body());
            assertEquals("TOO_MANY_FAILED_LOGINS", locked.json().getString("error"));
            long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 890 && retryAfter <= 900, "Retry-After " + retryAfter);
        }
        assertEquals(10, count("select count(*) from audit_event where action = 'LOGIN_FAILED' and object_id = ?", user));
        assertEquals(1, count("select count(*) from audit_event where action = 'LOCK' and object_id = ?", user),
                "locked once in the cluster");
        for (Api node : List.of(a, b)) {
            JsonObject lock = accountLock(node, user);
            assertNotNull(lock, "the lock is listed on " + node.root());
            assertEquals(10, lock.getInt("failures"));
        }

        assertEquals(204, b.delete("api/v1/admin/login-locks/accounts/" + user, Api.admin()).status(), "cleared on node B");
        assertEquals(null, accountLock(a, user), "and gone from node A's list");
        assertEquals(200, a.get(path, Api.basic(user, PASSWORD)).status(), "node A lets the right password in");
        assertEquals(404, a.delete("api/v1/admin/login-locks/accounts/" + user, Api.admin()).status(), "nothing left to clear");
    }

    /** Stay questions about one document alternated between the nodes: one allowance, the same 429 from both. */
    @Test
    @Order(7)
    void theStayQuotaUsedUpAcrossBothNodesIsRefusedByBothWithTheSameRetryAfter() {
        String app = Api.bearer(a.client("stay app in the cluster", List.of("traveler-app"), List.of(), List.of()));
        String ask = "api/v1/stay?document=CLUSTERDOC1&country=FRA&dateOfBirth=1970-01-0";
        for (int i = 0; i < 10; i++) {
            Api node = i % 2 == 0 ? a : b;
            assertEquals(404, node.get(ask + (i % 9 + 1), app).status(), "question " + (i + 1) + " on " + node.root());
        }
        Api.Reply onA = a.get(ask + "1", app);
        Api.Reply onB = b.get(ask + "2", app);
        long[] retryAfter = new long[2];
        for (int i = 0; i < 2; i++) {
            Api.Reply limited = i == 0 ? onA : onB;
            assertEquals(429, limited.status(), "ten per document and hour in the cluster: " + limited.body());
            assertEquals("TOO_MANY_REQUESTS", limited.json().getString("error"));
            assertEquals("document", limited.json().getString("limit"));
            retryAfter[i] = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(retryAfter[i], limited.json().getJsonNumber("retryAfterSeconds").longValue());
            assertTrue(retryAfter[i] > 3500 && retryAfter[i] <= 3600, "the rest of the hour: " + retryAfter[i]);
        }
        assertTrue(Math.abs(retryAfter[0] - retryAfter[1]) <= 1, "one window: " + retryAfter[0] + " s on A, " + retryAfter[1] + " s on B");
        assertEquals(404, b.get("api/v1/stay?document=CLUSTERDOC2&country=FRA&dateOfBirth=1970-01-01", app).status(),
                "another document is still answered");
    }

    private static JsonObject accountLock(Api node, String user) {
        Api.Reply r = node.get("api/v1/admin/login-locks", Api.admin());
        assertEquals(200, r.status(), r.body());
        return ((jakarta.json.JsonArray) r.jsonStructure()).getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("kind").equals("account") && l.getString("key").equals(user)).findFirst().orElse(null);
    }

    /** A flight CQ {number} from SEA with two travelers, its gallery in the memory of both nodes. */
    private Flights.Flight seaFlightInBothNodes(String number) throws InterruptedException {
        Flights.Flight f = Flights.prepare(a, synth, "CQ", number, "SEA", "ICN", 2, "KOR", false);
        awaitInMemory(a, "api/v1/flights/CQ" + number + "/" + f.date() + "/gallery", 60_000);
        awaitInMemory(b, "api/v1/flights/CQ" + number + "/" + f.date() + "/gallery", 10_000);
        return f;
    }

    private JsonObject board(Api node, String camera, Flights.Flight f, String device) {
        Api.Reply reply = node.postJson("api/v1/verifications", Api.bearer(camera),
                Flights.request("AIR_BOARDING", f, "D7", device, synth.randomUnit(128)).toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private String officer(Api node, String username, String port) {
        Api.Reply created = node.postJson("api/v1/admin/users", Api.admin(), Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).add("roles", Json.createArrayBuilder().add("officer"))
                .add("scope", Json.createObjectBuilder().add("ports", Json.createArrayBuilder().add(port))).build().toString());
        assertTrue(created.status() == 201 || created.status() == 409, created.body());
        return Api.basic(username, PASSWORD);
    }

    /** Polls the node's view of the gallery until its memory holds rows; returns System.nanoTime() when that answer was asked for. */
    private static long awaitInMemory(Api node, String path, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        String last = "";
        while (System.nanoTime() < deadline) {
            long asked = System.nanoTime();
            Api.Reply r = node.get(path, Api.admin());
            if (r.status() == 200 && "READY".equals(r.json().getString("status")) && r.json().getInt("inMemoryRows") > 0) {
                return asked;
            }
            last = r.body();
            Thread.sleep(25);
        }
        throw new AssertionError("gallery not in memory at " + node.root() + ": " + last);
    }

    private void awaitCount(String sql, long expected, long millis, Object... params) throws Exception {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long seen;
        do {
            seen = count(sql, params);
            if (seen == expected) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertEquals(expected, seen, sql);
    }

    private long count(String sql, Object... params) throws Exception {
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
}
