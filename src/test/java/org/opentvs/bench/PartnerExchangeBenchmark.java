package org.opentvs.bench;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.opentvs.it.Api;

/**
 * Partner exchange of N records each way (README "Benchmarks"): N admissions of third-country
 * nationals to send to CAN, and CAN's N entry records in its inbound directory
 * ({@link PartnerExchangePopulation}); then one {@code partner-exchange} run (timed: select, write,
 * receive, report), then the reconciliation (timed apart), and the inbound reconciliation rate with
 * precision and recall against the generated truth. Needs a server on a dedicated database (the JDBC
 * URL must contain {@code bench}) started with {@code OPENTVS_EXCHANGE_PARTNERS=CAN},
 * {@code OPENTVS_EXCHANGE_CAN_OUTBOUND_DIRECTORY=<dir>/out} and {@code OPENTVS_EXCHANGE_CAN_INBOUND_DIRECTORY=<dir>/in}.
 * Arguments: URL, admin password, JDBC URL, N, dir.
 */
public final class PartnerExchangeBenchmark {

    private PartnerExchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Api api = new Api(new URL(args.length > 0 ? args[0] : "http://127.0.0.1:8080/"));
        Api.adminPassword(args.length > 1 ? args[1] : "opentvs-dev-admin");
        String jdbc = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/opentvs_bench_exchange";
        if (!jdbc.contains("bench")) {
            throw new IllegalArgumentException("The benchmark empties tables: give it a database whose name contains 'bench'");
        }
        int n = Integer.parseInt(args.length > 3 ? args[3] : "1000000");
        Path dir = Path.of(args.length > 4 ? args[4] : "target/bench-exchange").toAbsolutePath();
        for (String sub : new String[]{"out", "in"}) {
            if (Files.exists(dir.resolve(sub))) {
                try (Stream<Path> files = Files.walk(dir.resolve(sub))) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        try (Connection c = DriverManager.getConnection(jdbc, "opentvs", "opentvs")) {
            Instant t0 = Instant.now();
            PartnerExchangePopulation.generate(c, n);
            int files = PartnerExchangePopulation.writePartnerFiles(c, n, dir.resolve("in"));
            System.out.printf("generated %d admissions and %d partner records in %d files in %.1f s%n", n, n, files,
                    Duration.between(t0, Instant.now()).toMillis() / 1000.0);
            try (Statement s = c.createStatement()) {
                s.execute("analyze admission");
            }
            double exchange = run(api, "partner-exchange", "{}");
            double recon = run(api, "adis-reconciliation", "{\"partitions\":\"8\",\"threads\":\"2\",\"chunkSize\":\"1000\"}");
            JsonObject can = api.get("api/v1/reconciliation/partner-exchange", Api.admin()).json().getJsonArray("partners")
                    .getJsonObject(0);
            System.out.println("report: " + can);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) filter (where t.admission_id is not null),"
                            + " count(l.admission_id), count(*) filter (where l.admission_id = t.admission_id), count(*)"
                            + " from partner_entry e join partner_exchange_file x on x.partner_file_id = e.file_id"
                            + " join bench_xtruth t on t.file_no = substring(x.file_name from '-(\\d+)\\.csv$')::int - 1 and t.line_no = e.line_no"
                            + " left join recon_link l on l.departure_id = e.id")) {
                rs.next();
                long truePairs = rs.getLong(1);
                long links = rs.getLong(2);
                long correct = rs.getLong(3);
                long received = rs.getLong(4);
                System.out.printf("partner-exchange %d each way: %.1f s; reconciliation %.1f s%n", n, exchange, recon);
                System.out.printf("inbound: received %d, reconciled %d (rate %.4f; truth %.4f = %d of the partner's records are ours),"
                        + " precision %.4f, recall %.4f%n", received, links, (double) links / received, (double) truePairs / received,
                        truePairs,
                        links == 0 ? 0 : (double) correct / links, (double) correct / truePairs);
            }
        }
    }

    private static double run(Api api, String job, String parameters) throws InterruptedException {
        String path = "api/v1/admin/jobs/" + job;
        Api.Reply started = api.postJson(path, Api.admin(), parameters);
        if (started.status() != 202) {
            throw new IllegalStateException(job + " not started: " + started.status() + " " + started.body());
        }
        long id = started.json().getJsonNumber("executionId").longValue();
        while (true) {
            Thread.sleep(500);
            JsonObject execution = api.get(path + "/executions/" + id, Api.admin()).json();
            String status = execution.getString("batchStatus");
            if ("COMPLETED".equals(status)) {
                execution
                        .getJsonArray(
                                "steps")
                        .forEach(step -> System.out.println("    " + job + " " + step.asJsonObject().getString("step") + " "
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
