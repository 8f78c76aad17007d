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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Flights;
import org.opentvs.it.MicroProcess;
import org.opentvs.it.TestDatabase;

/**
 * The failover benchmark: two Payara Micro processes (real WAR) in one data grid on a database of
 * their own, HAProxy in front as server-config/run-cluster.sh sets it up; open-loop verifications
 * from {@link SocketLoad} through HAProxy (latency counted from each request's due time), node 1 killed with {@code kill -9}
 * at one point and started again at another. At the end: errors (by kind, and the span of seconds
 * they fell in), p50/p95/p99, answered verifications vs their records in PostgreSQL (must be equal)
 * and rows in total, and how long after its restart the node answered through HAProxy again.
 * Needs the system properties the integration tests get (payara.microJar, app.war,
 * project.build.directory with test-classes/post-boot-test.asadmin, it.db.*) and haproxy on the
 * PATH. Ports: bench.port (HAProxy, default 18110), the nodes on the next two, data grid on
 * bench.grid.port (default 18190) and the next. Arguments: seconds (90), rate (200), kill at (30),
 * restart at (60), travelers (500).
 */
public final class ClusterFailoverBenchmark {

    private static final String NODE_HEADER = "x-opentvs-node";

    private ClusterFailoverBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 90;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int killAt = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int restartAt = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int travelers = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        int lbPort = Integer.getInteger("bench.port", 18110);
        int gridPort = Integer.getInteger("bench.grid.port", 18190);
        String host = System.getProperty("it.db.host", "127.0.0.1");
        int pgPort = Integer.parseInt(System.getProperty("it.db.port", "5432"));
        String db = System.getProperty("bench.db.name", "opentvs_bench_cluster");
        String user = System.getProperty("it.db.user", "opentvs");
        String password = System.getProperty("it.db.password", "opentvs");
        TestDatabase.fresh(db);
        Path work = Path.of(System.getProperty("project.build.directory", "target"), "bench-cluster").toAbsolutePath();
        Files.createDirectories(work);
        String members = "127.0.0.1:" + gridPort + ",127.0.0.1:" + (gridPort + 1);
        List<MicroProcess> nodes = new ArrayList<>();
        Process haproxy = null;
        try {
            for (int i = 0; i < 2; i++) {
                MicroProcess node = new MicroProcess("bench-cluster-" + (i + 1), host, pgPort, db,
                        List.of("opentvs.verification.journal.directory=" + work.resolve("journal-" + (i + 1))), lbPort + 1 + i,
                        List.of("--name", "bench-node-" + (i + 1), "--clustername", "opentvs-bench-" + lbPort, "--clustermode",
                                "tcpip:" + members, "--startport", String.valueOf(gridPort + i), "--interfaces", "127.0.0.1",
                                "--nohostaware"));
                nodes.add(node);
                node.start();
                node.awaitLog("DG Size: " + (i + 1), Duration.ofSeconds(600));
            }
            for (MicroProcess node : nodes) {
                node.awaitReady(Duration.ofSeconds(600));
            }
            haproxy = startHaproxy(work, lbPort, nodes);
            Api api = new Api(new URL("http://127.0.0.1:" + lbPort + "/"));
            awaitThroughBalancer(api);
            SyntheticIdentities synth = new SyntheticIdentities(1515);
            System.out.println("Preparing a flight with " + travelers + " enrolled travelers through HAProxy ...");
            Flights.Flight flight = Flights.prepare(api, synth, "QC", "515", "SFO", "ICN", travelers, "KOR", false, 512);
            String token = api.client("failover cameras", List.of("capture-device"), List.of("QC"), List.of("SFO"));
            List<byte[]> requests = Warmup.boardings(api, synth, flight, token, 4000, "cam-");
            // a server that has just started runs its first thousands of calls slowly (the JIT compiler has not yet
            // compiled them) and sheds what it cannot take in time with 503; the faults are measured on warm servers
            Warmup.run(api, synth, rate);
            // the gallery is in both nodes' memory before the clock starts
            Thread.sleep(2_000);
            run(api, nodes.get(0), requests, seconds, rate, killAt, restartAt, host, pgPort, db, user, password);
        } finally {
            if (haproxy != null) {
                haproxy.destroy();
                haproxy.waitFor();
            }
            for (MicroProcess node : nodes) {
                node.stop();
            }
        }
    }

    private static void run(Api api, MicroProcess victim, List<byte[]> requests, int seconds, int rate, int killAt, int restartAt,
            String host, int pgPort, String db, String user, String password) throws Exception {
        ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
        Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
        Map<String, LongAdder> errorsBySecond = new ConcurrentHashMap<>();
        AtomicLong firstAnswerOfVictimAfterRestart = new AtomicLong(Long.MAX_VALUE);
        Pattern id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
        long[] clock = new long[1];
        long[] restartedAt = {Long.MAX_VALUE};
        long[] readyAt = {Long.MAX_VALUE};
        CountDownLatch begun = new CountDownLatch(1);
        Thread faults = new Thread(() -> {
            try {
                begun.await();
                sleepUntil(clock[0], killAt);
                victim.kill();
                System.out.printf("t=%.1f s: node 1 killed (kill -9)%n", (System.nanoTime() - clock[0]) / 1e9);
                sleepUntil(clock[0], restartAt);
                restartedAt[0] = System.nanoTime();
                victim.start();
                System.out.printf("t=%.1f s: node 1 restarting%n", (restartedAt[0] - clock[0]) / 1e9);
                victim.awaitReady(Duration.ofSeconds(600));
                readyAt[0] = System.nanoTime();
                System.out.printf("node 1 ready %.1f s after its restart%n", (readyAt[0] - restartedAt[0]) / 1e9);
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
                if (answer.status() != 200) {
                    failed(index, dueNanos,
                            "HTTP " + answer.status() + " " + answer.text().replaceAll("(?s).*\"error\":\"([A-Z_]+)\".*", "$1")
                                    .replaceAll("(?s)<html>.*", "from HAProxy"));
                    return;
                }
                Matcher m = id.matcher(answer.text());
                if (m.find()) {
                    answered.add(m.group(1));
                }
                long now = System.nanoTime();
                if (now > restartedAt[0] && "node-1".equals(answer.headers().get(NODE_HEADER))) {
                    firstAnswerOfVictimAfterRestart.accumulateAndGet(now, Math::min);
                }
            }

            @Override
            public void failed(int index, long dueNanos, String kind) {
                kinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
                errorsBySecond
                        .computeIfAbsent(String.format("t=%03d s %s", (dueNanos - clock[0]) / 1_000_000_000L, kind), k -> new LongAdder())
                        .increment();
            }
        };
        OpenLoop.Result result = new SocketLoad(api.root(), requests, 128).run(rate, seconds, Set.of(NODE_HEADER), listener);
        faults.join(Duration.ofMinutes(10).toMillis());
        if (readyAt[0] == Long.MAX_VALUE) {
            victim.awaitReady(Duration.ofSeconds(600));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Api.Reply ready;
        do {
            Thread.sleep(500);
            ready = api.get("health/ready", null);
        } while (!(ready.status() == 200 && ready.body().contains("\"journalDepth\":\"0\"")) && System.nanoTime() < deadline);
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
                    ResultSet rs = s.executeQuery("select count(*) from verification where carrier = 'QC'")) {
                rs.next();
                rows = rs.getLong(1);
            }
        }
        long errors = kinds.values().stream().mapToLong(LongAdder::sum).sum();
        Percentiles p = result.latency();
        System.out.println();
        System.out.printf("offered %d at %d/s for %d s through HAProxy; node 1 kill -9 at %d s, restarted at %d s%n",
                rate * seconds, rate, seconds, killAt, restartAt);
        System.out.printf("latency from due time: %s%n", p);
        System.out.printf("answered 200: %d, errors: %d %s; errors by second of the run and kind: %s%n", answered.size(), errors,
                new TreeMap<>(kinds), new TreeMap<>(errorsBySecond));
        System.out.printf("answered ids recorded in PostgreSQL: %d of %d; verification rows of the flight: %d (doubles or strays: %d)%n",
                recorded, answered.size(), rows, rows - recorded);
        System.out.printf("node 1 after its restart: ready in %.1f s, first answer through HAProxy in %s%n",
                readyAt[0] == Long.MAX_VALUE ? Double.NaN : (readyAt[0] - restartedAt[0]) / 1e9,
                firstAnswerOfVictimAfterRestart.get() == Long.MAX_VALUE
                        ? "none during the run"
                        : String.format("%.1f s", (firstAnswerOfVictimAfterRestart.get() - restartedAt[0]) / 1e9));
    }

    private static Process startHaproxy(Path work, int lbPort, List<MicroProcess> nodes) throws Exception {
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 4096
                    log stdout format raw local0
                defaults
                    mode http
                    log global
                    option httplog
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    option redispatch
                    retries 2
                frontend opentvs
                """);
        cfg.append("    bind 127.0.0.1:").append(lbPort).append('\n').append("""
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2 slowstart 60s
                    http-response set-header X-OpenTVS-Node %s
                """);
        for (int i = 0; i < nodes.size(); i++) {
            cfg.append("    server node-").append(i + 1).append(' ').append(nodes.get(i).root().getHost()).append(':')
                    .append(nodes.get(i).root().getPort()).append(" check\n");
        }
        Path file = work.resolve("haproxy.cfg");
        Files.writeString(file, cfg);
        return new ProcessBuilder("haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile()).start();
    }

    private static void awaitThroughBalancer(Api api) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            try {
                if (api.get("health/ready", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // HAProxy not listening or no node up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("HAProxy does not answer");
    }

    private static void sleepUntil(long clock, int second) throws InterruptedException {
        long wait = clock + second * 1_000_000_000L - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        }
    }
}
