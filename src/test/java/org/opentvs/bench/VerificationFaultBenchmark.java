package org.opentvs.bench;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Flights;
import org.opentvs.it.MicroProcess;
import org.opentvs.it.TcpProxy;
import org.opentvs.it.TestDatabase;

/**
 * The fault benchmark of the verification write path: a Payara Micro process of its own (real WAR)
 * on a database of its own, reached only through a {@link TcpProxy}; open-loop load of 200/s from
 * {@link SocketLoad};
 * PostgreSQL cut off for 30 s in the middle, the server killed with {@code kill -9} while its
 * answers are only in the journal and restarted at once. At the end: answered verifications, errors
 * (and how many fell in the seconds the killed server was down), records in PostgreSQL for the
 * answered ids (must equal the answered count), rows in total (no doubles), and replay times.
 * Needs the system properties the integration tests get (payara.microJar, app.war,
 * project.build.directory with test-classes/post-boot-test.asadmin, it.db.*). Arguments: seconds
 * (default 120), rate (200), cut at (20), kill at (45), restore at (50).
 */
public final class VerificationFaultBenchmark {

    private VerificationFaultBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int cutAt = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int killAt = args.length > 3 ? Integer.parseInt(args[3]) : 45;
        int restoreAt = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        String host = System.getProperty("it.db.host", "127.0.0.1");
        int pgPort = Integer.parseInt(System.getProperty("it.db.port", "5432"));
        String db = System.getProperty("bench.db.name", "opentvs_bench_fault");
        String user = System.getProperty("it.db.user", "opentvs");
        String password = System.getProperty("it.db.password", "opentvs");
        TestDatabase.fresh(db);
        Path journal = Path.of(System.getProperty("project.build.directory", "target"), "bench-fault", "journal").toAbsolutePath();
        if (Files.isDirectory(journal)) {
            try (var files = Files.list(journal)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        try (TcpProxy proxy = new TcpProxy(host, pgPort)) {
            MicroProcess server = new MicroProcess("bench-fault", "127.0.0.1", proxy.port(), db,
                    List.of("opentvs.verification.journal.directory=" + journal));
            server.start();
            server.awaitReady(Duration.ofSeconds(600));
            Api api = new Api(new URL(server.root().toString()));
            SyntheticIdentities synth = new SyntheticIdentities(777);
            System.out.println("Preparing a flight with 500 enrolled travelers ...");
            Flights.Flight flight = Flights.prepare(api, synth, "QF", "417", "SFO", "ICN", 500, "KOR", false, 512);
            String token = api.client("fault cameras", List.of("capture-device"), List.of("QF"), List.of("SFO"));
            List<byte[]> requests = Warmup.boardings(api, synth, flight, token, 4000, "cam-");
            // a server that has just started runs its first thousands of calls slowly (the JIT compiler has not yet
            // compiled them) and sheds what it cannot take in time with 503; the faults are measured on warm servers
            Warmup.run(api, synth, rate);
            ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger errorsWhileDown = new AtomicInteger();
            AtomicInteger errorsWhileCut = new AtomicInteger();
            // the other errors by the second they were due in and kind
            Map<String, Integer> otherKinds = new ConcurrentSkipListMap<>();
            Pattern id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
            long[] clock = new long[1];
            long[] downFrom = {Long.MAX_VALUE};
            long[] upAt = {Long.MAX_VALUE};
            long[] restartedAt = {Long.MAX_VALUE};
            CountDownLatch begun = new CountDownLatch(1);
            Thread faults = new Thread(() -> {
                try {
                    begun.await();
                    sleepUntil(clock[0], cutAt);
                    proxy.cut();
                    System.out.printf("t=%.1f s: PostgreSQL cut off%n", (System.nanoTime() - clock[0]) / 1e9);
                    sleepUntil(clock[0], killAt);
                    downFrom[0] = System.nanoTime();
                    server.kill();
                    System.out.printf("t=%.1f s: server killed (kill -9)%n", (System.nanoTime() - clock[0]) / 1e9);
                    sleepUntil(clock[0], restoreAt);
                    proxy.restore();
                    restartedAt[0] = System.nanoTime();
                    System.out.printf("t=%.1f s: PostgreSQL reachable again; server restarting%n", (restartedAt[0] - clock[0]) / 1e9);
                    server.start();
                    server.awaitReady(Duration.ofSeconds(600));
                    upAt[0] = System.nanoTime();
                    System.out.printf("t=%.1f s: server ready again %.1f s after its restart%n", (upAt[0] - clock[0]) / 1e9,
                            (upAt[0] - restartedAt[0]) / 1e9);
                } catch (Exception e) {
                    throw new IllegalStateException("fault timeline failed", e);
                }
            }, "faults");
            faults.setDaemon(true);
            faults.start();
            SocketLoad.Listener listener = new SocketLoad.Listener() {

                @Override
                public void started(long startNanos) {
                    clock[0] = startNanos;
                    begun.countDown();
                }

                @Override
                public void answered(int index, long dueNanos, SocketLoad.Answer answer) {
                    if (answer.status() == 200) {
                        Matcher m = id.matcher(answer.text());
                        if (m.find()) {
                            answered.add(m.group(1));
                        }
                        return;
                    }
                    failed(index, dueNanos,
                            "HTTP " + answer.status() + " " + answer.text().replaceAll(".*\"error\":\"([A-Z_]+)\".*", "$1"));
                }

                @Override
                public void failed(int index, long dueNanos, String kind) {
                    errors.incrementAndGet();
                    long now = System.nanoTime();
                    double dueAt = (dueNanos - clock[0]) / 1e9;
                    if (now >= downFrom[0] && (now <= upAt[0] || dueNanos <= upAt[0])) {
                        errorsWhileDown.incrementAndGet();
                    } else if (dueAt >= cutAt && dueAt < restoreAt) {
                        errorsWhileCut.incrementAndGet();
                    } else {
                        otherKinds.merge(String.format("t=%03d s %s", (int) dueAt, kind), 1, Integer::sum);
                    }
                }
            };
            System.out.println("Measured run through SocketLoad (128 connections):");
            new SocketLoad(api.root(), requests, 128).run(rate, seconds, Set.of(), listener);
            faults.join(Duration.ofMinutes(10).toMillis());
            if (upAt[0] == Long.MAX_VALUE) {
                server.awaitReady(Duration.ofSeconds(600));
            }
            // let the journal drain, then count
            Api.Reply ready;
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            do {
                Thread.sleep(500);
                ready = api.get("health/ready", null);
            } while (!(ready.status() == 200 && ready.body().contains("\"DIRECT\"") && ready.body().contains("\"journalDepth\":\"0\""))
                    && System.nanoTime() < deadline);
            long recorded;
            long rows;
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + pgPort + "/" + db, user, password)) {
                try (PreparedStatement ps = c.prepareStatement("select count(*) from verification where id = any(?::uuid[])")) {
                    ps.setArray(1, c.createArrayOf("text", answered.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        recorded = rs.getLong(1);
                    }
                }
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select count(*) from verification where carrier = 'QF'")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
            }
            System.out.println();
            System.out.printf("offered %d at %d/s for %d s; cut %d-%d s; kill -9 at %d s%n", rate * seconds, rate, seconds, cutAt,
                    restoreAt, killAt);
            System.out.printf(
                    "answered 200: %d, errors: %d (while the killed server was down, %.1f s: %d; during the cut otherwise: %d; other: %d)%n",
                    answered.size(), errors.get(), (upAt[0] - downFrom[0]) / 1e9, errorsWhileDown.get(), errorsWhileCut.get(),
                    errors.get() - errorsWhileDown.get() - errorsWhileCut.get());
            if (!otherKinds.isEmpty()) {
                System.out.println("other errors by second due and kind: " + otherKinds);
            }
            System.out.printf(
                    "answered ids recorded in PostgreSQL: %d of %d; verification rows of the flight: %d (doubles or strays: %d)%n",
                    recorded, answered.size(), rows, rows - recorded);
            for (String log : List.of("server-1.log", "server-2.log")) {
                Path file = server.work().resolve(log);
                if (Files.exists(file)) {
                    for (String line : Files.readAllLines(file)) {
                        int at = line.indexOf("verification journal replayed");
                        int holds = line.indexOf("Verification journal holds");
                        if (at >= 0 || holds >= 0) {
                            System.out.println(log + ": " + line.substring(Math.max(at, holds)));
                        }
                    }
                }
            }
            server.stop();
        }
    }

    private static void sleepUntil(long clock, int second) throws InterruptedException {
        long wait = clock + second * 1_000_000_000L - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        }
    }
}
