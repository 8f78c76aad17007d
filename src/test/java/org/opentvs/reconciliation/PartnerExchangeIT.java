package org.opentvs.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;
import org.opentvs.operations.TestJobs;

/**
 * The two-way partner exchange on the real WAR, in loop-back: partner CAN's inbound directory is our
 * outbound directory, so the file we send comes back as CAN's entry file, is imported, and the
 * reconciliation closes our admissions with it. A rerun sends nothing twice; a tampered file is
 * quarantined; a run stopped mid-way and restarted ends like an uninterrupted one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerExchangeIT {

    private static final String JOB = "api/v1/admin/jobs/partner-exchange";
    private static final Path CONFIG = Path.of(System.getProperty("project.build.directory"), "test-classes", "it-config");
    private static final Path DIR = Path.of(System.getProperty("project.build.directory"), "it-exchange", "CAN");
    private static final List<String> KEYS = List.of("opentvs.exchange.partners", "opentvs.exchange.CAN.outbound-directory",
            "opentvs.exchange.CAN.inbound-directory", "opentvs.exchange.lookback-hours");
    /** The partner entries this test's exchange imported (other tests post CAN entry files through the API too). */
    private static final String EXCHANGED = "select e.id from partner_entry e join partner_exchange_file x on x.partner_file_id = e.file_id";
    private static final List<String> MINE = new java.util.ArrayList<>();
    private static String feed;
    private static String operator;
    private static long sentFirst;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    @Test
    @Order(1)
    void aRunSendsOurThirdCountryEntriesAndTheFileReadBackReconciles() throws Exception {
        ExchangeFixture.deleteTree(DIR);
        Files.writeString(CONFIG.resolve(KEYS.get(0)), "CAN");
        Files.writeString(CONFIG.resolve(KEYS.get(1)), DIR.toString());
        Files.writeString(CONFIG.resolve(KEYS.get(2)), DIR.toString());
        Files.writeString(CONFIG.resolve(KEYS.get(3)), "0");
        // the last exchange with CAN was now: admissions other tests left in this database are not this test's to send
        Db.execute("insert into partner_exchange_state (partner, selected_at) values ('CAN', now())");
        Thread.sleep(3_000);
        Api api = new Api(deployment);
        feed = api.client("exchange arrivals feed", List.of("holdings-feed"), List.of(), List.of());
        operator = api.client("exchange operator", List.of("batch-operator"), List.of(), List.of());
        String manager = api.person("exchange.manager", List.of("program-manager"), List.of());
        assertEquals(401, api.get("api/v1/reconciliation/partner-exchange", null).status());
        assertEquals(403, api.get("api/v1/reconciliation/partner-exchange", Api.bearer(feed)).status());
        assertTrue(api.get("api/v1/admin/jobs/partner-exchange", Api.bearer(operator)).body().contains("\"schedule\":\"0 30 0 * * *\""));

        List<ExchangeFixture.Admitted> admitted = ExchangeFixture.admit(api, feed, 800, 16L, "X");
        admitted.forEach(a -> MINE.add(a.id().toString()));
        Set<String> third = ids(admitted);
        long id = start(api, "{}");
        await(api, id, "COMPLETED");
        assertEquals(third, new HashSet<>(Db.strings("select admission_id::text from partner_sent where partner = 'CAN'")),
                "exactly the third-country nationals: no US citizen, no Canadian, no Canadian passport");
        sentFirst = third.size();
        assertEquals(sentFirst, ExchangeFixture.checkedRecords(DIR), "every file agrees with its manifest");
        assertEquals(sentFirst, Db.count("select count(*) from (" + EXCHANGED + ") x"), "read back by the import");
        assertEquals(0, Db.count("select count(*) from partner_reject r join partner_exchange_file x on x.partner_file_id = r.file_id"));
        try (Stream<Path> left = Files.list(DIR)) {
            assertEquals(List.of("done"), left.map(p -> p.getFileName().toString()).toList(),
                    "imported files moved to done/, no temporary file left");
        }
        JsonObject run = json(Db.string("select summary::text from job_run where execution_id = ?", id)).getJsonObject("thisRun")
                .getJsonObject("CAN");
        assertEquals(sentFirst, run.getJsonObject("outbound").getInt("sent"));
        assertEquals(sentFirst, run.getJsonObject("inbound").getInt("received"));

        long recon = ReconciliationFixture.start(api, operator, "{}");
        ReconciliationFixture.await(api, operator, recon, "COMPLETED");
        Api.Reply reply = api.get("api/v1/reconciliation/partner-exchange", manager);
        assertEquals(200, reply.status(), reply.body());
        JsonObject can = reply.json().getJsonArray("partners").getJsonObject(0);
        assertEquals("CAN", can.getString("partner"));
        JsonObject out = can.getJsonObject("outbound");
        JsonObject in = can.getJsonObject("inbound");
        System.out.printf("partner exchange IT: sent %d, received %d, reconciled %d / %d, rates %s / %s%n", out.getInt("sent"),
                in.getInt("received"), out.getInt("reconciled"), in.getInt("reconciled"), out.get("reconciliationRate"),
                in.get("reconciliationRate"));
        assertEquals(sentFirst, out.getInt("sent"));
        assertTrue(in.getInt("received") >= sentFirst, "every CAN entry, ours read back and any other test's");
        assertTrue(out.getInt("reconciled") >= 0.99 * sentFirst, reply.body());
        assertTrue(out.getJsonNumber("reconciliationRate").doubleValue() >= 0.99, reply.body());
        long readBackReconciled = Db.count("select count(*) from recon_link where departure_id in (" + EXCHANGED + ")");
        System.out.printf("partner exchange IT: of the %d records read back, %d reconciled%n", sentFirst, readBackReconciled);
        assertTrue(readBackReconciled >= 0.99 * sentFirst, "the file read back reconciles: " + readBackReconciled);
        assertEquals(id, reply.json().getJsonObject("lastRun").getJsonNumber("executionId").longValue());

        String[] page = TestJobs.portalPage(api, "exchange.manager", Api.PERSON_PASSWORD, "reports/exceptions.xhtml");
        assertEquals("200", page[0]);
        assertTrue(page[1].contains("Partner exchange") && page[1].contains("OUTBOUND") && page[1].contains("INBOUND"),
                "the portal shows it");
    }

    @Test
    @Order(2)
    void aRerunSendsNothingTwice() throws Exception {
        Api api = new Api(deployment);
        long files = Db.count("select count(*) from partner_exchange_file");
        long id = start(api, "{}");
        await(api, id, "COMPLETED");
        assertEquals(sentFirst, Db.count("select count(*) from partner_sent"));
        assertEquals(files, Db.count("select count(*) from partner_exchange_file"), "no file for nothing new");
        assertEquals(sentFirst, Db.count("select count(*) from (" + EXCHANGED + ") x"));
        assertEquals("{}", Db.string("select summary->'thisRun' from job_run where execution_id = ?", id));
    }

    @Test
    @Order(3)
    void aFileThatDisagreesWithItsManifestIsQuarantinedWithNothingLost() throws Exception {
        Api api = new Api(deployment);
        Path sent;
        try (Stream<Path> done = Files.list(DIR.resolve("done"))) {
            sent = done.filter(p -> p.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(sent);
        String tampered = original.replaceFirst("\r\n([^,]+),", "\r\n$1X,");
        Files.writeString(DIR.resolve("CAN-USA-entries-tampered.csv"), tampered);
        Files.writeString(DIR.resolve("CAN-USA-entries-tampered.csv.manifest.json"), Files.readString(
                sent.resolveSibling(sent.getFileName() + ".manifest.json"))
                .replace(sent.getFileName().toString(), "CAN-USA-entries-tampered.csv"));
        long entries = Db.count("select count(*) from partner_entry");
        long id = start(api, "{}");
        await(api, id, "COMPLETED");
        assertEquals(entries, Db.count("select count(*) from partner_entry"), "nothing of it imported");
        Path quarantine = DIR.resolve("quarantine");
        assertEquals(tampered, Files.readString(quarantine.resolve("CAN-USA-entries-tampered.csv")), "kept as received");
        assertTrue(Files.exists(quarantine.resolve("CAN-USA-entries-tampered.csv.manifest.json")));
        assertTrue(Files.readString(quarantine.resolve("CAN-USA-entries-tampered.csv.error")).startsWith("CHECKSUM_MISMATCH"));
        assertEquals("CHECKSUM_MISMATCH",
                Db.string("select split_part(error, ':', 1) from partner_exchange_file where status = 'QUARANTINED'"));
        JsonObject in = api.get("api/v1/reconciliation/partner-exchange", Api.bearer(operator)).json().getJsonArray("partners")
                .getJsonObject(0).getJsonObject("inbound");
        assertEquals(1, in.getInt("quarantinedFiles"));
    }

    @Test
    @Order(4)
    void aStoppedRunRestartedEndsLikeAnUninterruptedOne() throws Exception {
        Api api = new Api(deployment);
        List<ExchangeFixture.Admitted> admitted = ExchangeFixture.admit(api, feed, 1200, 17L, "Y");
        admitted.forEach(a -> MINE.add(a.id().toString()));
        Set<String> third = ids(admitted);
        long entries = Db.count("select count(*) from partner_entry");
        long id = start(api, "{\"recordsPerFile\":\"50\",\"pauseMillis\":\"150\"}");
        long deadline = System.currentTimeMillis() + 60_000;
        while (Db.count("select count(*) from partner_exchange_file where status = 'WRITTEN' and execution_id = ?", id) < 3
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(202, api.post(JOB + "/executions/" + id + "/stop", Api.bearer(operator), null, new byte[0]).status());
        await(api, id, "STOPPED");
        long files = (third.size() + 49) / 50;
        long prepared = Db.count("select count(*) from partner_exchange_file where status = 'PREPARED'");
        assertTrue(prepared > 0 && prepared < files, "stopped mid-way: " + prepared + " of " + files + " files not yet written");
        try (Stream<Path> visible = Files.list(DIR)) {
            assertTrue(visible.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).count() >= 3,
                    "written files wait for the import");
        }
        ExchangeFixture.checkedRecords(DIR);

        Api.Reply restart = api.postJson(JOB + "/executions/" + id + "/restart", Api.bearer(operator), "{\"pauseMillis\":\"0\"}");
        assertEquals(202, restart.status(), restart.body());
        long restarted = restart.json().getJsonNumber("executionId").longValue();
        await(api, restarted, "COMPLETED");
        assertEquals(0, Db.count("select count(*) from partner_exchange_file where status = 'PREPARED'"));
        Set<String> sent = new HashSet<>(Db.strings("select admission_id::text from partner_sent"));
        assertEquals(sentFirst + third.size(), sent.size(), "each record once");
        assertTrue(sent.containsAll(third));
        assertEquals(files, Db.count("select count(*) from partner_exchange_file where direction = 'OUTBOUND' and records <= 50"
                + " and execution_id in (?, ?)", id, restarted));
        assertEquals(sentFirst + third.size(), ExchangeFixture.checkedRecords(DIR), "whole files, each agreeing with its manifest");
        assertEquals(entries + third.size(), Db.count("select count(*) from partner_entry"), "all of them read back, none twice");
        JsonObject run = json(Db.string("select summary::text from job_run where execution_id = ?", restarted)).getJsonObject("thisRun")
                .getJsonObject("CAN");
        assertEquals(third.size(), run.getJsonObject("outbound").getInt("sent"), "the run counts its first execution too");
        assertEquals(third.size(), run.getJsonObject("inbound").getInt("received"));
    }

    /** Leaves the database as other tests expect it (the integration tests share one): this test's exchange and admissions removed. */
    @AfterAll
    static void removeTheConfigurationAndWhatTheTestAdded() throws Exception {
        for (String key : KEYS) {
            Files.deleteIfExists(CONFIG.resolve(key));
        }
        String mine = "{" + String.join(",", MINE) + "}";
        try (java.sql.Connection c = Db.connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("create temp table x_entry as " + EXCHANGED);
            s.execute("create temp table x_file as select partner_file_id id from partner_exchange_file where partner_file_id is not null");
            for (String sql : List.of(
                    "delete from recon_link where departure_id in (select id from x_entry) or admission_id = any ('" + mine + "'::uuid[])",
                    "delete from recon_discrepancy where departure_id in (select id from x_entry) or admission_id = any ('" + mine
                            + "'::uuid[])",
                    "delete from recon_classification where admission_id = any ('" + mine + "'::uuid[])",
                    "delete from recon_departure where id in (select id from x_entry)",
                    "delete from partner_reject where file_id in (select id from x_file)",
                    "delete from partner_entry where file_id in (select id from x_file)",
                    "delete from partner_sent", "delete from partner_exchange_file", "delete from partner_exchange_state",
                    "delete from partner_file where id in (select id from x_file)",
                    "delete from admission where id = any ('" + mine + "'::uuid[])")) {
                s.execute(sql);
            }
        }
    }

    private long start(Api api, String parameters) {
        Api.Reply reply = api.postJson(JOB, Api.bearer(operator), parameters);
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("executionId").longValue();
    }

    private static JsonObject await(Api api, long id, String wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            Api.Reply reply = api.get(JOB + "/executions/" + id, Api.bearer(operator));
            assertEquals(200, reply.status(), reply.body());
            String status = reply.json().getString("batchStatus");
            if (status.equals(wanted)) {
                return reply.json();
            }
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status) || System.currentTimeMillis() > deadline) {
                throw new AssertionError("execution " + id + " is " + status + ", wanted " + wanted + ": " + reply.body());
            }
            Thread.sleep(200);
        }
    }

    private static JsonObject json(String text) {
        return jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
    }

    private static Set<String> ids(List<ExchangeFixture.Admitted> admitted) {
        Set<String> ids = new HashSet<>();
        admitted.stream().filter(ExchangeFixture.Admitted::thirdCountry).forEach(a -> ids.add(a.id().toString()));
        return ids;
    }
}
