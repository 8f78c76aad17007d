package org.opentvs.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Flights;

/**
 * The retention purge of N expired live captures (seeded set-based with generate_series) while the
 * verification API is under open-loop load: verification latency (from due time) before and during
 * the purge, and the purge's own duration. Arguments: base URL, admin password, JDBC URL of the
 * server's database (user/password opentvs unless -Ddb.user/-Ddb.password), rows (1000000), verification
 * rate per second (200), baseline seconds (30), chunkRows (5000).
 */
public final class RetentionPurgeBenchmark {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private RetentionPurgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080/";
        Api api = new Api(new URL(base));
        Api.adminPassword(args.length > 1 ? args[1] : "opentvs-dev-admin");
        String jdbc = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/opentvs";
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int baselineSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        String chunkRows = args.length > 6 ? args[6] : "5000";

        List<HttpRequest> requests = verificationRequests(api);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        seed(jdbc, rows);
        load(http, requests, rate, 10);
        Percentiles before = load(http, requests, rate, baselineSeconds);
        System.out.println("verification before the purge: " + before);

        Api.Reply started = api.postJson("api/v1/admin/jobs/retention-purge", Api.admin(), "{\"chunkRows\": \"" + chunkRows + "\"}");
        if (started.status() != 202) {
            throw new IllegalStateException("purge not started: " + started.status() + " " + started.body());
        }
        long execution = started.json().getJsonNumber("executionId").longValue();
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Double> during = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Thread loadThread = new Thread(() -> {
            while (running.get()) {
                slice(http, requests, rate, during, errors);
            }
        });
        loadThread.start();
        JsonObject done = awaitEnd(api, execution);
        running.set(false);
        loadThread.join();
        Instant startedAt = Instant.parse(done.getString("startedAt"));
        Instant endedAt = Instant.parse(done.getString("endedAt"));
        Percentiles loaded = Percentiles.of(during.stream().mapToDouble(Double::doubleValue).toArray());
        long deleted = deletedBy(jdbc, execution);
        System.out.println();
        System.out.printf("purge %s: %d live captures deleted in %.1f s (%.0f rows/s), chunkRows %s%n", done.getString("batchStatus"),
                deleted, Duration.between(startedAt, endedAt).toMillis() / 1000.0,
                deleted / (Duration.between(startedAt, endedAt).toMillis() / 1000.0), chunkRows);
        System.out.println("verification at " + rate + "/s before: " + before);
        System.out.println("verification at " + rate + "/s during: " + loaded + ", errors " + errors.get());
        System.out.printf("p99 during / before: %.2f%n", loaded.p99() / before.p99());
        System.out.println("receipt chain: " + api.get("api/v1/admin/retention/receipts/verify", Api.admin()).body());
    }

    private static List<HttpRequest> verificationRequests(Api api) {
        SyntheticIdentities synth = new SyntheticIdentities(4243);
        String carrier = "Z" + (char) ('A' + (int) (System.currentTimeMillis() % 26));
        String number = String.valueOf(100 + (int) (System.currentTimeMillis() / 1000 % 9000));
        System.out.println("Preparing flight " + carrier + number + " with 500 enrolled travelers ...");
        Flights.Flight flight = Flights.prepare(api, synth, carrier, number, "SFO", "ICN", 500, "KOR", false, 512);
        String token = api.client("purge bench cameras", List.of("capture-device"), List.of(carrier), List.of("SFO"));
        URI uri = api.root().resolve("api/v1/verifications");
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            float[] probe = i % 5 == 4 ? synth.randomUnit(512) : synth.genuineCapture(flight.travelers().get(i % 500).face(), 0.7);
            String body = Flights.request("AIR_BOARDING", flight, "G" + (i % 40), "cam-" + (i % 40), probe).toString();
            requests.add(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        return requests;
    }

    /** N verifications with a sealed live capture, 30 days old, outside any gallery: all expired. */
    private static void seed(String jdbc, int rows) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, System.getProperty("db.user", "opentvs"),
                System.getProperty("db.password", "opentvs")); Statement s = c.createStatement()) {
            s.execute("create temporary table bench_ids as select gen_random_uuid() as id, now() - interval '30 days'"
                    + " - g * interval '1 millisecond' as at from generate_series(1, " + rows + ") g");
            s.execute("insert into verification (id, at, touchpoint, port, device_id, decision, instruction, attempt, elapsed_micros,"
                    + " caller) select id, at, 'AIR_BOARDING', 'SFO', 'bench-purge', 'MATCH', 'PROCEED', 1, 900, 'bench' from bench_ids");
            s.execute("insert into live_capture (verification_id, captured_at, algorithm, sealed) select id, at, 'cosine-v1',"
                    + " decode(repeat(md5(id::text), 16), 'hex') from bench_ids");
            s.execute("analyze verification");
            s.execute("analyze live_capture");
        }
        System.out.printf("seeded %d expired live captures in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
    }

    private static Percentiles load(HttpClient http, List<HttpRequest> requests, int rate, int seconds) {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        for (int s = 0; s < seconds; s++) {
            slice(http, requests, rate, latencies, errors);
        }
        if (errors.get() > 0) {
            System.out.println("errors: " + errors.get());
        }
        return Percentiles.of(latencies.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** One second of open-loop load: each request has a due time and its latency counts from it. */
    private static void slice(HttpClient http, List<HttpRequest> requests, int rate, ConcurrentLinkedQueue<Double> latencies,
            AtomicInteger errors) {
        List<CompletableFuture<?>> inFlight = new ArrayList<>(rate);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < rate; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(http.sendAsync(requests.get(NEXT.getAndIncrement() % requests.size()), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        latencies.add((System.nanoTime() - due) / 1e6);
                        if (failure != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }));
        }
        long end = start + 1_000_000_000L - System.nanoTime();
        if (end > 0) {
            LockSupport.parkNanos(end);
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    }

    private static JsonObject awaitEnd(Api api, long execution) throws InterruptedException {
        while (true) {
            JsonObject e = api.get("api/v1/admin/jobs/retention-purge/executions/" + execution, Api.admin()).json();
            String status = e.getString("batchStatus");
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status)) {
                return e;
            }
            Thread.sleep(500);
        }
    }

    private static long deletedBy(String jdbc, long execution) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, System.getProperty("db.user", "opentvs"),
                System.getProperty("db.password", "opentvs"));
                Statement s = c.createStatement();
                var rs = s.executeQuery("select coalesce(sum(deleted), 0) from retention_receipt where category = 'LIVE_CAPTURE'"
                        + " and run_id = " + execution)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
