package org.opentvs.bench;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.opentvs.it.Api;

/**
 * The nightly reconciliation at scale, against a running OpenTVS whose database is a dedicated
 * benchmark database (its arrivals, crossings and reconciliation tables are emptied). For each size
 * N it generates N arrivals and N departures with set-based SQL (85% of the arrivals leave, a quarter
 * of them through the partner file; departure records carry 20% noise of the integration test's kinds;
 * the rest of the departures are people never admitted), then runs the job twice: exact keys only
 * (baseline, {@code fuzzy=false}) and the full job, each from empty results, and prints duration,
 * precision and recall against the known truth. Not a test: a command (README "Benchmarks").
 * A population of the same size left by an earlier run is reused (the generator is deterministic).
 * Arguments: base URL, admin password, JDBC URL of that database, sizes (comma separated).
 */
public final class ReconciliationBenchmark {

    private ReconciliationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Api api = new Api(new URL(args.length > 0 ? args[0] : "http://127.0.0.1:8080/"));
        Api.adminPassword(args.length > 1 ? args[1] : "opentvs-dev-admin");
        String jdbc = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/opentvs_bench";
        if (!jdbc.contains("bench")) {
            throw new IllegalArgumentException("The benchmark empties tables: give it a database whose name contains 'bench'");
        }
        String[] sizes = (args.length > 3 ? args[3] : "100000,1000000").split(",");
        System.out.println("size      phase       seconds   links     precision recall    (generate s)");
        for (String size : sizes) {
            int n = Integer.parseInt(size.trim());
            try (Connection c = DriverManager.getConnection(jdbc, "opentvs", "opentvs")) {
                c.setAutoCommit(true);
                Instant t0 = Instant.now();
                if (ReconciliationPopulationSql.present(c, n)) {
                    System.out.println("    population of " + n + " already there (same generator): reused");
                } else {
                    ReconciliationPopulationSql.generate(c, n);
                }
                double generate = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
                for (boolean fuzzy : new boolean[]{false, true}) {
                    ReconciliationPopulationSql.clearResults(c);
                    double seconds = run(api, fuzzy);
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("select count(*) filter (where t.departure_id = l.departure_id),"
                                    + " count(*), (select count(*) from bench_truth) from recon_link l left join bench_truth t on t.admission_id = l.admission_id")) {
                        rs.next();
                        long correct = rs.getLong(1);
                        long links = rs.getLong(2);
                        long truth = rs.getLong(3);
                        System.out.printf("%-9d %-11s %-9.1f %-9d %-9.4f %-9.4f (%.1f)%n", n, fuzzy ? "full" : "exact-only", seconds, links,
                                links == 0 ? 0 : (double) correct / links, (double) correct / truth, generate);
                    }
                }
            }
        }
    }

    private static double run(Api api, boolean fuzzy) throws InterruptedException {
        String job = "api/v1/admin/jobs/adis-reconciliation";
        Api.Reply started = api.postJson(job, Api.admin(), "{\"fuzzy\":\"" + fuzzy + "\",\"chunkSize\":\"1000\",\"partitions\":\"8\","
                + "\"threads\":\"2\",\"asOf\":\"2026-09-01\"}");
        if (started.status() != 202) {
            throw new IllegalStateException("job not started: " + started.status() + " " + started.body());
        }
        long id = started.json().getJsonNumber("executionId").longValue();
        while (true) {
            Thread.sleep(1000);
            JsonObject execution = api.get(job + "/executions/" + id, Api.admin()).json();
            String status = execution.getString("batchStatus");
            if ("COMPLETED".equals(status)) {
                execution.getJsonArray("steps").forEach(step -> System.out.println("    " + step.asJsonObject().getString("step") + " "
                        + Duration.between(Instant.parse(step.asJsonObject().getString("startedAt")),
                                Instant.parse(step.asJsonObject().getString("endedAt"))).toMillis() / 1000.0
                        + " s"));
                return Duration.between(Instant.parse(execution.getString("startedAt")), Instant.parse(execution.getString("endedAt")))
                        .toMillis() / 1000.0;
            }
            if (!"STARTING".equals(status) && !"STARTED".equals(status)) {
                throw new IllegalStateException("execution " + id + " ended " + status + ": " + execution);
            }
        }
    }
}
