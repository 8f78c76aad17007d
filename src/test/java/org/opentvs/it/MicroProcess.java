package org.opentvs.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Payara Micro process of its own running the real WAR, for tests that must kill the server
 * ({@code kill -9}) or put something between it and PostgreSQL. Its output goes to a log file
 * under {@code target/}.
 */
public final class MicroProcess {

    private final Path work;
    private final int httpPort;
    private final List<String> systemProperties;
    private final Path postBoot;
    private final List<String> gridArguments;
    private Process process;
    private int starts;

    /** @param dbPort where the server finds PostgreSQL (a {@link TcpProxy} in front of it, say) */
    public MicroProcess(String name, String dbHost, int dbPort, String dbName, List<String> systemProperties) throws IOException {
        this(name, dbHost, dbPort, dbName, systemProperties, 0, List.of());
    }

    /**
     * @param httpPort the HTTP port (0: any free one)
     * @param gridArguments Payara Micro's data-grid options ({@code --clustername}, {@code --clustermode}, ...);
     *        none: {@code --nohazelcast}, a process alone
     */
    public MicroProcess(String name, String dbHost, int dbPort, String dbName, List<String> systemProperties, int httpPort,
            List<String> gridArguments) throws IOException {
        this.gridArguments = List.copyOf(gridArguments);
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        this.work = target.resolve(name);
        Files.createDirectories(work);
        // a root directory from an earlier run keeps its domain.xml, and the post-boot pool would not be created again
        deleteTree(work.resolve("root"));
        try (java.util.stream.Stream<Path> old = Files.list(work)) {
            for (Path log : old.filter(p -> p.getFileName().toString().startsWith("server-")).toList()) {
                Files.delete(log);
            }
        }
        if (httpPort > 0) {
            this.httpPort = httpPort;
        } else {
            try (ServerSocket free = new ServerSocket(0)) {
                this.httpPort = free.getLocalPort();
            }
        }
        this.systemProperties = List.copyOf(systemProperties);
        String template = Files.readString(target.resolve("test-classes/post-boot-test.asadmin"));
        String user = System.getProperty("it.db.user", "opentvs");
        String password = System.getProperty("it.db.password", "opentvs");
        String filled = template
                .replace("serverName=" + System.getProperty("it.db.host", "127.0.0.1"), "serverName=" + dbHost)
                .replace("portNumber=" + System.getProperty("it.db.port", "5432"), "portNumber=" + dbPort)
                .replace("databaseName=" + System.getProperty("it.db.name", "opentvs_test"), "databaseName=" + dbName);
        if (!filled.contains("portNumber=" + dbPort) || !filled.contains("databaseName=" + dbName) || !filled.contains(user)
                || !filled.contains(password)) {
            throw new IllegalStateException("post-boot-test.asadmin has an unexpected form");
        }
        this.postBoot = work.resolve("post-boot.asadmin");
        Files.writeString(postBoot, filled);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public URI root() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    public Path work() {
        return work;
    }

    public void start() throws IOException {
        try {
            TestBroker.ensure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the OpenMQ broker", e);
        }
        starts++;
        // as server-config/run-dev.sh does: a root directory kept from the last start would deploy that
        // copy of the application from its domain.xml before --deploy deploys it again
        deleteTree(work.resolve("root"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx640m");
        // the ITs' JIT setting (pom.xml it.server.jvm); a benchmark leaves it unset and gets the full JIT
        for (String option : System.getProperty("it.server.jvm", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                cmd.add(option);
            }
        }
        cmd.add("--add-modules");
        cmd.add("jdk.incubator.vector");
        cmd.add("-Dhazelcast.phone.home.enabled=false");
        cmd.add("-Dopentvs.admin.password=" + Api.ADMIN_PASSWORD);
        cmd.add("-Dopentvs.data-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        cmd.add("-Dopentvs.export.directory=" + work.resolve("exports"));
        systemProperties.forEach(p -> cmd.add("-D" + p));
        // OpenMQ's resource adapter first: the WAR's message-driven bean needs it (Payara Micro deploys in this order)
        Path rar = Path.of(System.getProperty("payara.microJar")).resolveSibling("mq/lib/imqjmsra.rar");
        cmd.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", rar.toString(), "--deploy",
                System.getProperty("app.war"),
                "--contextroot", "/", "--port", String.valueOf(httpPort)));
        if (gridArguments.isEmpty()) {
            cmd.add("--nohazelcast");
        } else {
            cmd.addAll(gridArguments);
        }
        cmd.addAll(List.of("--disablephonehome", "--addlibs",
                Path.of(System.getProperty("payara.microJar")).resolveSibling("postgresql.jar").toString(),
                "--postbootcommandfile", postBoot.toString(), "--rootdir", work.resolve("root").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server-" + starts + ".log").toFile()));
        process = pb.start();
    }

    /**
     * Waits for {@code /health/ready} to answer 200 with the application's checks, and for the API to
     * be routed; returns the readiness answer. The checks are registered while the application
     * deploys, a moment before its web module serves: a caller that went by them alone got 404 from
     * the API (a load balancer's {@code rise 2} of one-second checks covers that moment).
     */
    public String awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + work);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(root().resolve("health/ready")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("verification-writer") && routed(http)) {
                    return r.body();
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Payara Micro not ready after " + timeout + "; see " + work);
    }

    /** Whether the API answers as itself: an unauthenticated call is refused (401), not unknown (404). */
    private boolean routed(HttpClient http) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(root().resolve("api/v1/flights")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 401;
    }

    /** Waits until the server's log has a line containing {@code text} (the data grid formed, say). */
    public void awaitLog(String text, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path log = work.resolve("server-" + starts + ".log");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + work);
            }
            if (Files.exists(log) && Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no \"" + text + "\" in " + log + " after " + timeout);
    }

    /** {@code kill -9}: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
