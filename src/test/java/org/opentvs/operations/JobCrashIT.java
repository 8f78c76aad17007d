package org.opentvs.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentvs.bench.ReconciliationPopulationSql;
import org.opentvs.it.Api;
import org.opentvs.it.MicroProcess;
import org.opentvs.it.TestDatabase;

/**
 * A batch job whose server is killed ({@code kill -9}) in the middle of a run, on the real WAR in a
 * Payara Micro process of this test's own and a database of its own: the repository would say
 * {@code STARTED} forever; the restarted server shows the execution {@code FAILED} with exit status
 * {@code NODE_LOST}, takes over its claim, restarts it from where it was, and the restarted run
 * ends with exactly what an uninterrupted run of the same data wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobCrashIT {

    private static final String JOB = "api/v1/admin/jobs/adis-reconciliation";
    private static final String PARAMETERS = "{\"asOf\":\"2026-09-01\",\"chunkSize\":\"1000\",\"partitions\":\"16\",\"threads\":\"1\"}";
    private static final int POPULATION = 50_000;

    private final String host = System.getProperty("it.db.host", "127.0.0.1");
    private final int pgPort = Integer.parseInt(System.getProperty("it.db.port", "5432"));
    private final String dbName = System.getProperty("it.db.name", "opentvs_test") + "_crash";
    private MicroProcess server;
    private Api api;
    private String operator;

    @BeforeAll
    void boot() throws Exception {
        TestDatabase.fresh(dbName);
        server = new MicroProcess("it-crash", host, pgPort, dbName, List.of("opentvs.jobs.stale-seconds=60"));
        server.start();
        server.awaitReady(Duration.ofSeconds(420));
        api = new Api(new URL(server.root().toString()));
        operator = api.client("crash batch operators", List.of("batch-operator"), List.of(), List.of());
        try (Connection c = connect()) {
            ReconciliationPopulationSql.generate(c, POPULATION);
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aJobWhoseServerWasKilledIsFailedTakenOverAndRestartedFromWhereItWas() throws Exception {
        long uninterrupted = startJob();
        await(uninterrupted, "COMPLETED", Duration.ofMinutes(10));
        String expected = results();
        clearResults();

        long killed = startJob();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (count("select count(*) from recon_link") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(count("select count(*) from recon_link") > 0, "the run got under way");
        server.kill();
        String killedStatus = string("select batchstatus from jbatchexecutioninstancedata where jobexecid = " + killed);
        assertEquals("STARTED", killedStatus, "killed while it ran");
        String partial = results();
        assertTrue(!expected.equals(partial), "killed part way");

        server.start();
        server.awaitReady(Duration.ofSeconds(420));
        JsonObject failed = await(killed, "FAILED", Duration.ofMinutes(2));
        assertEquals("NODE_LOST", failed.getString("exitStatus"), failed.toString());
        assertEquals(1, count("select count(*) from audit_event where action = 'FAIL' and object_id = '" + killed + "'"),
                "the takeover is audited");

        long restarted = awaitRestart(killed);
        await(restarted, "COMPLETED", Duration.ofMinutes(10));
        assertEquals(expected, results(), "the restarted run ends like the uninterrupted one");
        assertEquals(0, count("select count(*) from job_lock"), "no claim left behind");
        assertEquals(0, count("select count(*) from jbatchexecutioninstancedata where batchstatus in ('STARTING', 'STARTED', 'STOPPING')"),
                "nothing shown running");
    }

    private long startJob() {
        Api.Reply reply = api.postJson(JOB, Api.bearer(operator), PARAMETERS);
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("executionId").longValue();
    }

    /** The execution the recovery started for {@code killed}: the next of the same job instance. */
    private long awaitRestart(long killed) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String sql = "select max(e.jobexecid) from jbatchexecutioninstancedata e join jbatchexecutioninstancedata k"
                + " on k.jobinstanceid = e.jobinstanceid where k.jobexecid = " + killed + " and e.jobexecid > " + killed;
        while (System.nanoTime() < deadline) {
            String id = string(sql);
            if (id != null) {
                return Long.parseLong(id);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("execution " + killed + " was not restarted");
    }

    private JsonObject await(long id, String wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Api.Reply reply = api.get(JOB + "/executions/" + id, Api.bearer(operator));
            assertEquals(200, reply.status(), reply.body());
            String status = reply.json().getString("batchStatus");
            if (status.equals(wanted)) {
                return reply.json();
            }
            boolean ended = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status);
            if (ended || System.nanoTime() > deadline) {
                throw new AssertionError("execution " + id + " is " + status + ", wanted " + wanted + ": " + reply.body());
            }
            Thread.sleep(250);
        }
    }

    /** Everything the job wrote, without run-specific columns, as a count and a digest. */
    private String results() throws SQLException {
        return string("select count(*) || ' ' || md5(string_agg(r, ',' order by r)) from ("
                + " select 'L ' || admission_id || ' ' || departure_id || ' ' || method || ' ' || confidence r from recon_link"
                + " union all select 'C ' || admission_id || ' ' || status || ' ' || coalesce(admit_until::text, '-') || ' '"
                + "   || coalesce(days_over, -1) || ' ' || under_review from recon_classification"
                + " union all select 'D ' || admission_id || ' ' || departure_id || ' ' || reason || ' ' || status from recon_discrepancy) x");
    }

    private void clearResults() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("truncate recon_link, recon_classification, recon_discrepancy");
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(string(sql));
    }

    private String string(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + pgPort + "/" + dbName,
                System.getProperty("it.db.user", "opentvs"), System.getProperty("it.db.password", "opentvs"));
    }
}
