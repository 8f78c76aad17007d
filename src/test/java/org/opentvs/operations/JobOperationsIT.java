package org.opentvs.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
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
import org.opentvs.retention.RetentionSeed;

/** The jobs API with the retention-purge job: one run at a time, stop and restart, roles. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobOperationsIT {

    private static final String JOB = "retention-purge";
    private static final String PURGE = "api/v1/admin/jobs/" + JOB;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aStoppedRunRestartedEndsLikeAnUninterruptedOne() throws Exception {
        Api api = new Api(deployment);
        TestJobs jobs = new TestJobs(api);
        List<String> uninterrupted = RetentionSeed.captures(600, "20 days", null);
        List<String> keptA = RetentionSeed.captures(50, "2 days", null);
        long whole = jobs.start(JOB, "{\"chunkRows\": \"20\"}");
        assertEquals("COMPLETED", jobs.awaitEnd(JOB, whole).getString("batchStatus"));
        assertEquals(0, RetentionSeed.capturesLeft(uninterrupted));
        assertEquals(50, RetentionSeed.capturesLeft(keptA));
        assertEquals(600, TestJobs.deleted(whole, "LIVE_CAPTURE"));

        List<String> interrupted = RetentionSeed.captures(600, "20 days", null);
        List<String> keptB = RetentionSeed.captures(50, "2 days", null);
        long first = jobs.start(JOB, "{\"chunkRows\": \"20\", \"pauseMillis\": \"150\"}");
        jobs.awaitReceipts(first, 3);

        Api.Reply again = api.postJson(PURGE, Api.admin(), "{}");
        assertEquals(409, again.status(), again.body());
        assertEquals("JOB_RUNNING", again.json().getString("error"));

        Api.Reply stop = api.postJson(PURGE + "/executions/" + first + "/stop", Api.admin(), "");
        assertEquals(202, stop.status(), stop.body());
        assertEquals("STOPPED", jobs.awaitEnd(JOB, first).getString("batchStatus"));
        long halfway = RetentionSeed.capturesLeft(interrupted);
        assertTrue(halfway > 0 && halfway < 600, "stopped mid-run: " + halfway + " of 600 left");
        assertEquals("STOPPED", Db.string("select batch_status from job_run where execution_id = ?", first));

        Api.Reply restart = api.postJson(PURGE + "/executions/" + first + "/restart", Api.admin(), "{\"pauseMillis\": \"0\"}");
        assertEquals(202, restart.status(), restart.body());
        long second = restart.json().getJsonNumber("executionId").longValue();
        JsonObject done = jobs.awaitEnd(JOB, second);
        assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
        assertEquals("20", done.getJsonObject("parameters").getString("chunkRows"), "restart keeps the first run's parameters");
        assertEquals(0, RetentionSeed.capturesLeft(interrupted), "same result as the uninterrupted run");
        assertEquals(50, RetentionSeed.capturesLeft(keptB));
        assertEquals(600, TestJobs.deleted(first, "LIVE_CAPTURE") + TestJobs.deleted(second, "LIVE_CAPTURE"),
                "every capture deleted exactly once");
        assertEquals(0, Db.count("select count(*) from retention_receipt a join retention_receipt b on a.id < b.id"
                + " and a.category = b.category and a.run_id in (?, ?) and b.run_id in (?, ?)"
                + " and a.first_key <= b.last_key and b.first_key <= a.last_key", first, second, first, second),
                "no key range deleted twice");
        Api.Reply refused = api.postJson(PURGE + "/executions/" + second + "/restart", Api.admin(), "");
        assertEquals(409, refused.status(), "a completed execution is not restarted: " + refused.body());
        assertTrue(api.get("api/v1/admin/retention/receipts/verify", Api.admin()).json().getBoolean("valid"));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'RESTART' and object_id = ?", String.valueOf(second)));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'STOP' and object_id = ?", String.valueOf(first)));
    }

    @Test
    void executionsShowStepsAndCountsAndTheJobListShowsSchedules() throws Exception {
        Api api = new Api(deployment);
        TestJobs jobs = new TestJobs(api);
        RetentionSeed.captures(30, "20 days", null);
        long run = jobs.start(JOB, "{\"chunkRows\": \"10\", \"threads\": 1}");
        jobs.awaitEnd(JOB, run);
        JsonObject listed = api.get(PURGE, Api.admin()).json();
        JsonObject execution = listed.getJsonArray("executions").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("executionId").longValue() == run).findFirst().orElseThrow();
        assertEquals("COMPLETED", execution.getString("batchStatus"));
        assertEquals("api", execution.getJsonObject("parameters").getString("trigger"));
        long written = execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .mapToLong(s -> s.getJsonObject("metrics").getJsonNumber("write").longValue()).sum();
        assertTrue(written >= 3, "3 chunks of 10 written: " + execution);
        assertEquals("0 30 2 * * *", listed.getString("schedule"));

        JsonObject purge = api.get("api/v1/admin/jobs", Api.admin()).jsonStructure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(j -> j.getString("job").equals(JOB)).findFirst().orElseThrow();
        assertEquals("0 30 2 * * *", purge.getString("schedule"));
        assertTrue(purge.get("lastExecution").getValueType() == JsonValue.ValueType.OBJECT);
        assertEquals("10", Db.string("select parameters->>'chunkRows' from job_run where execution_id = ?", run));
        assertEquals("1", Db.string("select parameters->>'threads' from job_run where execution_id = ?", run));
    }

    @Test
    void unknownJobsAndBadParametersGetClearErrors() {
        Api api = new Api(deployment);
        Api.Reply unknown = api.postJson("api/v1/admin/jobs/no-such-job", Api.admin(), "{}");
        assertEquals(404, unknown.status());
        assertEquals("NOT_FOUND", unknown.json().getString("error"));
        assertEquals(404, api.get("api/v1/admin/jobs/..%2Fweb", Api.admin()).status());
        assertEquals(404, api.get(PURGE + "/executions/999999", Api.admin()).status());
        assertEquals(400, api.postJson(PURGE, Api.admin(), "{not json").status());
        Api.Reply nested = api.postJson(PURGE, Api.admin(), "{\"chunkRows\": {\"n\": 1}}");
        assertEquals(422, nested.status());
        assertEquals("INVALID_PARAMETERS", nested.json().getString("error"));
        assertEquals(422, api.postJson(PURGE, Api.admin(), "{\"1bad name\": \"x\"}").status());
        assertEquals(404, api.postJson(PURGE + "/executions/999999/stop", Api.admin(), "").status());
    }

    @Test
    void theJobsApiIsForBatchOperatorsAndAdministratorsOnly() {
        Api api = new Api(deployment);
        String officer = TestJobs.person(api, "jobs-officer", "officer");
        String auditor = TestJobs.person(api, "jobs-auditor", "auditor");
        String operator = TestJobs.person(api, "jobs-operator", "batch-operator");
        for (String refused : List.of(officer, auditor)) {
            assertEquals(403, api.get("api/v1/admin/jobs", refused).status());
            assertEquals(403, api.get(PURGE, refused).status());
            Api.Reply start = api.postJson(PURGE, refused, "{}");
            assertEquals(403, start.status());
            assertEquals("FORBIDDEN", start.json().getString("error"));
            assertEquals(403, api.postJson(PURGE + "/executions/1/stop", refused, "").status());
            assertEquals(403, api.postJson(PURGE + "/executions/1/restart", refused, "").status());
        }
        assertEquals(401, api.get("api/v1/admin/jobs", null).status());
        assertEquals(200, api.get("api/v1/admin/jobs", operator).status());
        assertEquals(200, api.get("api/v1/admin/retention/receipts/verify", auditor).status());
        assertEquals(200, api.get("api/v1/admin/retention/receipts/verify", operator).status());
        assertEquals(403, api.get("api/v1/admin/retention/receipts/verify", officer).status());
        assertEquals(403, TestJobs.put(api, "api/v1/admin/retention/policies/LIVE_CAPTURE", operator, "{\"period\": \"P1D\"}"));
    }

    @Test
    void thePortalPageShowsJobsToOperatorsOnly() {
        Api api = new Api(deployment);
        TestJobs.person(api, "portal-operator", "batch-operator");
        TestJobs.person(api, "portal-officer", "officer");
        String[] page = TestJobs.portalPage(api, "portal-operator", "it-portal-operator-secret", "jobs/index.xhtml");
        assertEquals("200", page[0], page[1]);
        assertTrue(page[1].contains("retention-purge") && page[1].contains("0 30 2 * * *"), page[1]);
        assertTrue(page[1].contains("Start"), page[1]);
        String[] refused = TestJobs.portalPage(api, "portal-officer", "it-portal-officer-secret", "jobs/index.xhtml");
        assertEquals("403", refused[0]);
    }
}
