package org.opentvs.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;

/**
 * A schedule changed while the server runs: the test server reads MicroProfile Config from a
 * directory as well ({@code set-config-dir}, one file per property), so writing
 * {@code opentvs.jobs.retention-purge.schedule} there is an operator changing the schedule. The job
 * then starts by itself at the calendar time named, exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledJobIT {

    private static final String JOB = "retention-purge";
    private static final String DEFAULT = "0 30 2 * * *";
    /** The scheduler's housekeeping period: a changed schedule has its timer by the next tick. */
    private static final long TICK_SECONDS = 10;
    private static final Path CONFIG = Path.of(System.getProperty("project.build.directory"), "test-classes", "it-config");
    private static final Path SCHEDULE = CONFIG.resolve("opentvs.jobs." + JOB + ".schedule");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aJobConfiguredForACalendarTimeStartsThenOnceAndOnlyOnce() throws Exception {
        Api api = new Api(deployment);
        Instant testStart = Instant.now();
        ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusSeconds(45);
        String schedule = at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * *";
        Files.writeString(SCHEDULE, schedule);
        awaitSchedule(api, schedule, at.toInstant().minusSeconds(TICK_SECONDS + 3));

        Thread.sleep(Math.max(0, at.toInstant().toEpochMilli() - System.currentTimeMillis() - 2_000));
        assertEquals(0, scheduledRunsSince(testStart), "nothing starts before the calendar time");

        long execution = awaitScheduledRun(at.toInstant());
        JsonObject ended = new TestJobs(api).awaitEnd(JOB, execution);
        assertEquals("COMPLETED", ended.getString("batchStatus"), ended.toString());
        assertEquals("schedule", ended.getJsonObject("parameters").getString("trigger"));
        assertEquals(at.toInstant().toString(), ended.getJsonObject("parameters").getString("scheduledFor"));
        Instant started = Instant.parse(Db.string("select to_char(started_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                + " from job_run where execution_id = ?", execution));
        assertTrue(!started.isBefore(at.toInstant()) && started.isBefore(at.toInstant().plusSeconds(10)),
                "started at " + started + " for " + at.toInstant());

        Thread.sleep(TICK_SECONDS * 1_000 + 5_000);
        assertEquals(1, scheduledRunsSince(testStart), "one run for one firing");
        assertEquals(1, Db.count("select count(*) from job_schedule_slot where job = ? and slot = ?::timestamptz", JOB,
                at.toInstant().toString()), "the firing is claimed once");
    }

    @AfterEach
    void restoreTheDefaultSchedule() throws Exception {
        Files.deleteIfExists(SCHEDULE);
        awaitSchedule(new Api(deployment), DEFAULT, Instant.now().plusSeconds(60));
    }

    private void awaitSchedule(Api api, String schedule, Instant deadline) throws InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            JsonObject listed = api.get("api/v1/admin/jobs/" + JOB, Api.admin()).json();
            if (schedule.equals(listed.getString("schedule"))) {
                return;
            }
            Thread.sleep(250);
        }
        fail("the jobs API did not show schedule '" + schedule + "' by " + deadline);
    }

    private static long scheduledRunsSince(Instant since) {
        return Db.count(
                "select count(*) from job_run where job = ? and parameters->>'trigger' = 'schedule' and started_at >= ?::timestamptz",
                JOB, since.toString());
    }

    private static long awaitScheduledRun(Instant slot) throws InterruptedException {
        Instant deadline = slot.plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            String id = Db.string("select max(execution_id)::text from job_run where job = ? and parameters->>'scheduledFor' = ?",
                    JOB, slot.toString());
            if (id != null) {
                return Long.parseLong(id);
            }
            Thread.sleep(200);
        }
        fail("no scheduled run of " + JOB + " for " + slot + " within 30 s");
        return -1;
    }
}
