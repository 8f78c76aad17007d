package org.opentvs.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * The nightly reconciliation on a generated population with known truth: precision and recall,
 * classification, partner reconciliation rate, a rerun that changes nothing, a stopped and restarted
 * run that ends like an uninterrupted one, and the discrepancy queue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationIT {

    private static final Population POPULATION = new Population(20261201L, 2000, LocalDate.of(2026, 1, 5));
    private static final String PARAMETERS = "{\"asOf\":\"" + POPULATION.asOf + "\",\"chunkSize\":\"100\",\"partitions\":\"4\"}";
    private static String feed;
    private static String operator;
    private static String analyst;
    private static List<String> uninterrupted;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    @Test
    @Order(1)
    void loadsThePopulationThroughTheFeedsAndRejectsBadInput() throws Exception {
        Api api = api();
        feed = api.client("arrivals feed", List.of("holdings-feed"), List.of(), List.of());
        operator = api.client("reconciliation operator", List.of("batch-operator"), List.of(), List.of());
        analyst = api.person("pau.analyst.recon", List.of("pau-analyst"), List.of());
        // other integration tests (SelfReportIT) run the reconciliation on this shared database: forget their
        // results and reports (this class's runs then cover their admissions and departures too)
        ReconciliationFixture.clearResults();
        Db.execute("delete from recon_run");
        assertEquals(404, api.get("api/v1/reconciliation/runs/latest", Api.bearer(operator)).status(), "no run yet");
        assertEquals(422, api.postJson("api/v1/admissions", Api.bearer(feed), "{\"familyName\":\"X\",\"dateOfBirth\":\"1990-01-01\","
                + "\"classOfAdmission\":\"B2\",\"admittedAt\":\"yesterday\"}").status());
        assertEquals(422, api.postJson("api/v1/admissions", Api.bearer(feed), "{\"familyName\":\"X\",\"dateOfBirth\":\"1990-01-01\","
                + "\"classOfAdmission\":\"B2\",\"admittedAt\":\"2026-01-01T00:00:00Z\",\"admitUntil\":\"2025-12-01\"}").status());
        assertEquals(400, api.postJson("api/v1/admissions", Api.bearer(feed), "[1,").status());
        assertEquals(403, api.postJson("api/v1/admissions", analyst, "{}").status(), "analysts do not feed arrivals");
        assertEquals(403, api.get("api/v1/reconciliation/discrepancies", Api.bearer(feed)).status());
        assertEquals(400, api.post("api/v1/reconciliation/partner-entries", Api.bearer(operator), "text/csv", "a".getBytes()).status(),
                "partner country required");
        assertEquals(422, api.post("api/v1/reconciliation/partner-entries?partner=CAN", Api.bearer(operator), "text/csv",
                "no,header\n".getBytes()).status());

        ReconciliationFixture.admissions(api, feed, POPULATION.arrivals);
        ReconciliationFixture.exitCrossings(POPULATION.departures);
        Db.execute("insert into crossing (id, direction, confirmation, port, family_name, given_names, date_of_birth, nationality,"
                + " document_number, document_country, occurred_at, recorded_at) values (gen_random_uuid(), 'ENTRY', 'BIOMETRIC', 'BLA',"
                + " 'ENTRYONLY', 'PAT', date '1977-07-07', 'CAN', 'E00000001', 'CAN', timestamptz '2026-02-01 10:00Z', now())");
        List<String> bad = List.of("SMITH,JOHN,1980-13-01,GBR,X1,GBR,2026-03-01,0427", "ONLY,TWO",
                ",JOHN,1980-01-01,GBR,X1,GBR,2026-03-01,0427");
        String csv = ReconciliationFixture.partnerCsv(POPULATION.departures, bad);
        JsonObject file = ReconciliationFixture.postPartnerFile(api, operator, csv);
        long partnerLines = POPULATION.departures.stream().filter(Population.Departure::partner).count();
        assertEquals(partnerLines, file.getInt("accepted"));
        assertEquals(3, file.getInt("rejected"));
        JsonArray rejects = file.getJsonArray("rejects");
        assertEquals(partnerLines + 2, rejects.getJsonObject(0).getInt("line"), "line numbers count the header");
        assertEquals(partnerLines + 4, rejects.getJsonObject(2).getInt("line"));
        assertEquals(3, Db.count("select count(*) from partner_reject"), "bad lines are kept");
        JsonObject again = ReconciliationFixture.postPartnerFile(api, operator, csv);
        assertEquals(0, again.getInt("accepted"));
        assertEquals(partnerLines, again.getInt("duplicates"), "a file sent twice adds nothing");
    }

    @Test
    @Order(2)
    void linksArrivalsToDeparturesWithHighPrecisionAndRecall() throws Exception {
        Api api = api();
        long id = ReconciliationFixture.start(api, operator, PARAMETERS);
        ReconciliationFixture.await(api, operator, id, "COMPLETED");
        Map<UUID, UUID> truth = ReconciliationFixture.truth(POPULATION);
        // other integration tests may have left crossings in this database: judge the links that touch the population
        java.util.Set<UUID> ours = new java.util.HashSet<>(truth.values());
        POPULATION.arrivals.forEach(a -> ours.add(a.id()));
        POPULATION.departures.forEach(d -> ours.add(d.id()));
        long links = 0;
        long correct = 0;
        for (String row : Db.strings("select admission_id || ' ' || departure_id from recon_link")) {
            String[] p = row.split(" ");
            UUID admission = UUID.fromString(p[0]);
            UUID departure = UUID.fromString(p[1]);
            if (ours.contains(admission) || ours.contains(departure)) {
                links++;
                correct += departure.equals(truth.get(admission)) ? 1 : 0;
            }
        }
        double precision = (double) correct / links;
        double recall = (double) correct / truth.size();
        System.out.printf("reconciliation IT: %d arrivals, %d true pairs, %d links, precision %.4f, recall %.4f%n",
                POPULATION.arrivals.size(), truth.size(), links, precision, recall);
        assertTrue(precision >= 0.995, "precision " + precision);
        assertTrue(recall >= 0.99, "recall " + recall);
        assertTrue(Db.count("select count(*) from recon_link where method = 'FUZZY'") > truth.size() / 20, "noise needs fuzzy links");
        assertTrue(Db.count("select count(*) from recon_link where method = 'EXACT_IDENTITY'") > 0, "new passports link by identity");
        assertTrue(Db.count("select count(*) from recon_discrepancy where reason = 'AMBIGUOUS'") >= 4, "twins go to the queue");

        long agree = 0;
        Map<String, String> expected = Map.of("ON_TIME", "ON_TIME", "LATE", "OUT_OF_COUNTRY_OVERSTAY",
                "STAYS", "SUSPECTED_IN_COUNTRY_OVERSTAY", "PENDING", "PENDING");
        Map<UUID, String> statuses = new java.util.HashMap<>();
        Map<UUID, String> until = new java.util.HashMap<>();
        for (String row : Db
                .strings("select admission_id || ' ' || status || ' ' || coalesce(admit_until::text, '-') from recon_classification")) {
            String[] p = row.split(" ");
            statuses.put(UUID.fromString(p[0]), p[1]);
            until.put(UUID.fromString(p[0]), p[2]);
        }
        for (Population.Arrival a : POPULATION.arrivals) {
            agree += expected.get(a.outcome().name()).equals(statuses.get(a.id())) ? 1 : 0;
        }
        double agreement = (double) agree / POPULATION.arrivals.size();
        System.out.printf("reconciliation IT: classification agreement %.4f%n", agreement);
        assertTrue(agreement >= 0.985, "classification agreement " + agreement);
        int repeatVisitors = 0;
        for (Population.Arrival a : POPULATION.arrivals) {
            if (!java.util.Objects.equals(a.expectedUntil(), a.admitUntil()) && truth.get(a.id()) != null) {
                assertEquals(a.expectedUntil().toString(), until.get(a.id()), "the 90/180 rule shortens a repeat visitor's stay");
                repeatVisitors++;
            }
        }
        assertTrue(repeatVisitors > 5, "repeat visitors checked: " + repeatVisitors);

        assertEquals(1, Db.count("select count(*) from admission where source = 'ENTRY_CROSSING' and family_name = 'ENTRYONLY'"),
                "an entry crossing with enough data counts as an arrival");
        JsonObject report = api.get("api/v1/reconciliation/runs/latest", Api.bearer(operator)).json();
        assertEquals(Db.count("select count(*) from admission"), report.getInt("admissions"));
        long allLinks = Db.count("select count(*) from recon_link");
        assertEquals(allLinks, report.getJsonNumber("linked").longValue());
        long partnerEntries = Db.count("select count(*) from partner_entry");
        long partnerTrue = POPULATION.departures.stream().filter(d -> d.partner() && d.arrival() != null).count();
        double rate = report.getJsonNumber("partnerReconciliationRate").doubleValue();
        System.out.printf("reconciliation IT: partner reconciliation rate %.4f (truth %.4f)%n", rate,
                (double) partnerTrue / partnerEntries);
        assertEquals((double) partnerTrue / partnerEntries, rate, 0.01);
        assertEquals(allLinks, report.getJsonObject("thisExecution").getInt("links"));
        assertTrue(report.getJsonObject("classes").getInt("SUSPECTED_IN_COUNTRY_OVERSTAY") > 0);
        assertTrue(report.getJsonNumber("durationSeconds").doubleValue() > 0);
        assertEquals(String.valueOf(allLinks), Db.string("select summary->>'linked' from job_run where execution_id = ?", id),
                "the report is in job_run.summary");
        uninterrupted = ReconciliationFixture.snapshot(false);
    }

    @Test
    @Order(3)
    void aRerunChangesNothing() throws Exception {
        Api api = api();
        List<String> before = ReconciliationFixture.snapshot(true);
        long id = ReconciliationFixture.start(api, operator, PARAMETERS);
        ReconciliationFixture.await(api, operator, id, "COMPLETED");
        assertEquals(before, ReconciliationFixture.snapshot(true));
        JsonObject report = api.get("api/v1/reconciliation/runs/latest", Api.bearer(operator)).json();
        assertEquals(id, report.getJsonNumber("executionId").longValue());
        assertEquals(0, report.getJsonObject("thisExecution").getInt("links"));
        assertEquals(0, report.getJsonObject("thisExecution").getInt("discrepancies"));
        assertEquals(0, report.getJsonObject("thisExecution").getInt("classified"));
    }

    @Test
    @Order(4)
    void aStoppedRunRestartedEndsLikeAnUninterruptedOne() throws Exception {
        Api api = api();
        ReconciliationFixture.clearResults();
        long id = ReconciliationFixture.start(api, operator,
                "{\"asOf\":\"" + POPULATION.asOf + "\",\"chunkSize\":\"10\",\"partitions\":\"4\",\"threads\":\"1\"}");
        long deadline = System.currentTimeMillis() + 60_000;
        while (Db.count("select count(*) from recon_link") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(202,
                api.post(ReconciliationFixture.JOB + "/executions/" + id + "/stop", Api.bearer(operator), null, new byte[0]).status());
        ReconciliationFixture.await(api, operator, id, "STOPPED");
        List<String> partial = ReconciliationFixture.snapshot(false);
        assertNotEquals(uninterrupted, partial, "stopped mid-run");
        assertTrue(partial.stream().anyMatch(s -> s.startsWith("L ")), "with some work checkpointed");
        Api.Reply restart = api.postJson(ReconciliationFixture.JOB + "/executions/" + id + "/restart", Api.bearer(operator), "{}");
        assertEquals(202, restart.status(), restart.body());
        long restarted = restart.json().getJsonNumber("executionId").longValue();
        ReconciliationFixture.await(api, operator, restarted, "COMPLETED");
        assertEquals(uninterrupted, ReconciliationFixture.snapshot(false));
    }

    @Test
    @Order(5)
    void analystsResolveTheDiscrepancyQueue() {
        Api api = api();
        Api.Reply list = api.get("api/v1/reconciliation/discrepancies?status=OPEN", analyst);
        assertEquals(200, list.status(), list.body());
        JsonArray open = list.jsonStructure().asJsonArray();
        assertTrue(open.size() >= 4);
        JsonObject first = open.stream().map(v -> v.asJsonObject()).filter(d -> d.getString("reason").equals("AMBIGUOUS"))
                .findFirst().orElseThrow();
        assertTrue(first.getJsonObject("arrival").containsKey("familyName"));
        assertTrue(first.getJsonObject("departure").containsKey("departedAt"));
        assertTrue(Db.count("select count(*) from audit_event where action = 'READ' and object_type = 'recon_discrepancy'") > 0);
        String id = first.getString("id");
        String admission = first.getJsonObject("arrival").getString("admissionId");
        assertEquals(422, api.postJson("api/v1/reconciliation/discrepancies/" + id + "/resolve", analyst,
                "{\"decision\":\"MERGE\",\"reason\":\"x\"}").status());
        assertEquals(404, api.postJson("api/v1/reconciliation/discrepancies/" + UUID.randomUUID() + "/resolve", analyst,
                "{\"decision\":\"LINK\",\"reason\":\"x\"}").status());
        Api.Reply linked = api.postJson("api/v1/reconciliation/discrepancies/" + id + "/resolve", analyst,
                "{\"decision\":\"LINK\",\"reason\":\"photo comparison at secondary\"}");
        assertEquals(200, linked.status(), linked.body());
        assertEquals(1, Db.count("select count(*) from recon_link where admission_id = ?::uuid and method = 'REVIEWED'", admission));
        assertEquals(0, Db.count("select count(*) from recon_discrepancy where admission_id = ?::uuid and status = 'OPEN'", admission),
                "the other candidates are superseded");
        assertEquals(409, api.postJson("api/v1/reconciliation/discrepancies/" + id + "/resolve", analyst,
                "{\"decision\":\"REJECT\",\"reason\":\"again\"}").status());
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'RESOLVE' and object_id = ?", id));
    }
}
