package org.opentvs.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
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
import org.opentvs.operations.TestJobs;

/** The retention-purge job against real data: exactly the expired rows go, receipts chain, tampering shows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionPurgeIT {

    private static final String JOB = "retention-purge";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void purgeRemovesExactlyTheExpiredRowsAndTheReceiptsProveIt() throws Exception {
        Api api = new Api(deployment);
        UUID closedLongAgo = RetentionSeed.gallery("CLOSED", "20 days");
        UUID closedYesterday = RetentionSeed.gallery("CLOSED", "13 hours");
        UUID closedJustNow = RetentionSeed.gallery("CLOSED", "1 hour");
        UUID boarding = RetentionSeed.gallery("BUILDING", null);
        UUID usProcessed = RetentionSeed.face(true, closedYesterday);
        UUID usProcessedLongAgo = RetentionSeed.face(true, closedLongAgo);
        UUID usStillBoarding = RetentionSeed.face(true, closedYesterday, boarding);
        UUID usJustProcessed = RetentionSeed.face(true, closedJustNow);
        UUID otherInOldGallery = RetentionSeed.face(false, closedLongAgo);
        UUID otherInRecentGallery = RetentionSeed.face(false, closedYesterday);
        List<String> expiredCaptures = RetentionSeed.captures(40, "20 days", null);
        List<String> expiredInOldGallery = RetentionSeed.captures(5, "20 days", closedLongAgo);
        List<String> freshCaptures = RetentionSeed.captures(10, "1 day", null);
        List<String> oldButGalleryOpen = RetentionSeed.captures(5, "20 days", boarding);
        UUID oldQuarantine = RetentionSeed.rawMessage("QUARANTINED", "100 days");
        UUID recentQuarantine = RetentionSeed.rawMessage("QUARANTINED", "10 days");
        UUID oldAccepted = RetentionSeed.rawMessage("ACCEPTED", "100 days");
        long oldAudit = RetentionSeed.audit("8 years");
        long recentAudit = RetentionSeed.audit("6 years");
        UUID oldCrossing = RetentionSeed.crossing("76 years");
        UUID recentCrossing = RetentionSeed.crossing("74 years");

        long id = new TestJobs(api).start(JOB, "{\"chunkRows\": \"7\"}");
        JsonObject done = new TestJobs(api).awaitEnd(JOB, id);
        assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());

        assertEquals(0, RetentionSeed.capturesLeft(expiredCaptures));
        assertEquals(0, RetentionSeed.capturesLeft(expiredInOldGallery));
        assertEquals(10, RetentionSeed.capturesLeft(freshCaptures));
        assertEquals(5, RetentionSeed.capturesLeft(oldButGalleryOpen), "the gallery is still open: not 14 days after it closed");
        assertEquals(55, Db.count("select count(*) from verification where id = any(cast(? as uuid[]))",
                "{" + String.join(",", concat(expiredCaptures, freshCaptures, oldButGalleryOpen)) + "}"), "verifications stay");

        assertFalse(RetentionSeed.exists("holding_face", "id", usProcessed));
        assertFalse(RetentionSeed.exists("holding_face", "id", usProcessedLongAgo));
        assertTrue(RetentionSeed.exists("holding_face", "id", usStillBoarding), "still in a gallery in service");
        assertTrue(RetentionSeed.exists("holding_face", "id", usJustProcessed), "processed less than 12 hours ago");
        assertTrue(RetentionSeed.exists("holding_face", "id", otherInOldGallery), "reference holdings of others stay");
        assertEquals("PURGED", Db.string("select status from gallery where id = ?", closedLongAgo));
        assertEquals(0, Db.count("select count(*) from gallery_member where gallery_id = ?", closedLongAgo));
        assertEquals("CLOSED", Db.string("select status from gallery where id = ?", closedYesterday));
        assertEquals(2, Db.count("select count(*) from gallery_member where gallery_id = ?", closedYesterday),
                "the non-citizen and the boarding citizen stay in the gallery closed 13 hours ago");
        assertTrue(Db.count("select count(*) from gallery_member where face_id = ?", otherInRecentGallery) == 1);

        assertFalse(RetentionSeed.exists("raw_message", "id", oldQuarantine));
        assertTrue(RetentionSeed.exists("raw_message", "id", recentQuarantine));
        assertTrue(RetentionSeed.exists("raw_message", "id", oldAccepted));
        assertFalse(RetentionSeed.exists("audit_event", "id", oldAudit));
        assertTrue(RetentionSeed.exists("audit_event", "id", recentAudit));
        assertFalse(RetentionSeed.exists("crossing", "id", oldCrossing));
        assertTrue(RetentionSeed.exists("crossing", "id", recentCrossing));

        assertEquals(45, deletedByRun(id, "LIVE_CAPTURE"));
        assertEquals(2, deletedByRun(id, "US_CITIZEN_FACE"));
        assertEquals(1, deletedByRun(id, "GALLERY_MEMBER"), "what the US-citizen step left of the gallery closed 20 days ago");
        assertEquals(1, deletedByRun(id, "QUARANTINED_MESSAGE"));
        assertEquals(1, deletedByRun(id, "AUDIT_EVENT"));
        assertEquals(1, deletedByRun(id, "CROSSING"));
        assertEquals(7, Db.count("select count(*) from retention_receipt where run_id = ? and category = 'LIVE_CAPTURE'", id),
                "45 captures in chunks of 7");
        assertEquals(45, Long.parseLong(Db.string("select summary->>'LIVE_CAPTURE' from job_run where execution_id = ?", id)));
        assertEquals("COMPLETED", Db.string("select batch_status from job_run where execution_id = ?", id));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'START' and object_type = 'job' and object_id = ?",
                String.valueOf(id)));

        JsonObject verified = api.get("api/v1/admin/retention/receipts/verify", Api.admin()).json();
        assertTrue(verified.getBoolean("valid"), verified.toString());
        long receipts = Db.count("select count(*) from retention_receipt");
        assertEquals(receipts, verified.getJsonNumber("receipts").longValue());
    }

    @Test
    void anAlteredReceiptBreaksTheChainAndTheVerificationSaysWhere() throws Exception {
        Api api = new Api(deployment);
        RetentionSeed.captures(12, "30 days", null);
        long run = new TestJobs(api).start(JOB, "{\"chunkRows\": \"5\"}");
        assertEquals("COMPLETED", new TestJobs(api).awaitEnd(JOB, run).getString("batchStatus"));
        long target = Long.parseLong(Db.string("select min(id) from retention_receipt where run_id = ?", run));
        assertTrue(api.get("api/v1/admin/retention/receipts/verify", Api.admin()).json().getBoolean("valid"));

        assertTrue(RetentionSeed.tamper("update retention_receipt set deleted = deleted - 1 where id = " + target) == 1);
        JsonObject broken = api.get("api/v1/admin/retention/receipts/verify", Api.basic("admin", Api.ADMIN_PASSWORD)).json();
        assertFalse(broken.getBoolean("valid"), broken.toString());
        assertEquals(target, broken.getJsonNumber("firstBroken").longValue());

        RetentionSeed.tamper("update retention_receipt set deleted = deleted + 1 where id = " + target);
        assertTrue(api.get("api/v1/admin/retention/receipts/verify", Api.admin()).json().getBoolean("valid"), "restored");
        String lastKey = Db.string("select last_key from retention_receipt where id = ?", target);
        assertEquals(1, RetentionSeed.tamper("update retention_receipt set last_key = first_key where id = " + target));
        assertEquals(target,
                api.get("api/v1/admin/retention/receipts/verify", Api.admin()).json().getJsonNumber("firstBroken").longValue());
        RetentionSeed.tamper("update retention_receipt set last_key = '" + lastKey + "' where id = " + target);
        assertTrue(api.get("api/v1/admin/retention/receipts/verify", Api.admin()).json().getBoolean("valid"), "restored again");

        long newest = Long.parseLong(Db.string("select max(id) from retention_receipt"));
        String row = Db.string("select row_to_json(r)::text from retention_receipt r where id = ?", newest);
        assertEquals(1, RetentionSeed.tamper("delete from retention_receipt where id = " + newest));
        JsonObject cut = api.get("api/v1/admin/retention/receipts/verify", Api.admin()).json();
        assertFalse(cut.getBoolean("valid"), "the newest receipt removed: " + cut);
        assertTrue(cut.getBoolean("truncated"), cut.toString());
        assertEquals(newest, cut.getJsonNumber("firstBroken").longValue());
        assertEquals(newest, cut.getJsonObject("anchoredHead").getJsonNumber("id").longValue());
        Db.execute("insert into retention_receipt select * from json_populate_record(null::retention_receipt, ?::json)", row);
        JsonObject back = api.get("api/v1/admin/retention/receipts/verify", Api.admin()).json();
        assertTrue(back.getBoolean("valid"), "restored a third time: " + back);
        assertEquals(newest, back.getJsonObject("head").getJsonNumber("id").longValue());
    }

    @Test
    void receiptsCannotBeChangedWithoutSwitchingOffTheirTrigger() throws Exception {
        Api api = new Api(deployment);
        RetentionSeed.captures(1, "30 days", null);
        long run = new TestJobs(api).start(JOB, "");
        assertEquals("COMPLETED", new TestJobs(api).awaitEnd(JOB, run).getString("batchStatus"));
        assertEquals(1, deletedByRun(run, "LIVE_CAPTURE"));
        for (String sql : List.of("update retention_receipt set deleted = 0 where run_id = " + run,
                "delete from retention_receipt where run_id = " + run, "truncate retention_receipt")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Db.execute(sql));
            assertTrue(refused.getCause().getMessage().contains("append-only"), refused.getCause().getMessage());
        }
    }

    private static long deletedByRun(long run, String category) {
        return TestJobs.deleted(run, category);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /**
     * Holdings' and verification's purge rules ask gallery's published functions (V0101) per candidate
     * row; PostgreSQL must inline them so the rule keeps the plan it had on gallery's tables (index
     * lookups on gallery_member and gallery). A strict, volatile or plpgsql function would show as a
     * Function Scan, run as a black box per row.
     */
    @Test
    void gallerysPublishedFunctionsAreInlinedIntoThePurgeRules() {
        for (String sql : List.of("select f.id from holding_face f where coalesce((select true from gallery_holding_face(f.id) g"
                + " where g.closed and g.closed_at < now() limit 1), false)",
                "select lc.verification_id from live_capture lc"
                        + " where not coalesce((select not g.standing and g.closed_at is null from verification v"
                        + " cross join lateral gallery_state(v.gallery_id) g where v.id = lc.verification_id), false)")) {
            String plan = String.join("\n", Db.strings("explain (costs off) " + sql));
            assertFalse(plan.contains("Function Scan"), plan);
            assertTrue(plan.contains(" on gallery g"), plan);
        }
    }

    @Test
    void periodsAreChangedWithoutARebuildAndBadOnesAreRefused() throws Exception {
        Api api = new Api(deployment);
        String policy = "api/v1/admin/retention/policies/LIVE_CAPTURE";
        assertEquals(6, api.get("api/v1/admin/retention/policies", Api.admin()).jsonStructure().asJsonArray().size());
        assertEquals(422, TestJobs.put(api, policy, Api.admin(), "{\"period\": \"14 days\"}"));
        assertEquals(422, TestJobs.put(api, policy, Api.admin(), "{\"period\": \"P-3D\"}"));
        assertEquals(400, TestJobs.put(api, policy, Api.admin(), "not json"));
        assertEquals(404, TestJobs.put(api, "api/v1/admin/retention/policies/EVERYTHING", Api.admin(), "{\"period\": \"P1D\"}"));
        assertEquals(200, TestJobs.put(api, policy, Api.admin(), "{\"period\": \"P30D\"}"));
        try {
            List<String> twentyDaysOld = RetentionSeed.captures(3, "20 days", null);
            long run = new TestJobs(api).start(JOB, "");
            assertEquals("COMPLETED", new TestJobs(api).awaitEnd(JOB, run).getString("batchStatus"));
            assertEquals(3, RetentionSeed.capturesLeft(twentyDaysOld), "kept for 30 days now");
            assertEquals("30 days", Db.string("select cast(period as varchar) from retention_policy where category = 'LIVE_CAPTURE'"));
        } finally {
            assertEquals(200, TestJobs.put(api, policy, Api.admin(), "{\"period\": \"P14D\"}"));
        }
        long run = new TestJobs(api).start(JOB, "");
        assertEquals("COMPLETED", new TestJobs(api).awaitEnd(JOB, run).getString("batchStatus"));
        assertEquals(3, TestJobs.deleted(run, "LIVE_CAPTURE"), "expired again at 14 days");
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'CHANGE' and object_type = 'retention_policy'"
                + " and detail like 'period=P30D%'"));
    }
}
