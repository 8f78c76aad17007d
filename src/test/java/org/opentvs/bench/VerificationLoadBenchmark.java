package org.opentvs.bench;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Flights;

/**
 * Open-loop load on {@code POST /api/v1/verifications} from a second process on loopback: a flight
 * gallery of 500 (512-d templates), 80% genuine captures at similarity 0.7 and 20% impostors. Each
 * request is due at a fixed time and its latency counts from that time ({@link OpenLoop}). First 200/s for 60 s, then rising rates for 20 s each.
 * Arguments: base URL, admin password, seconds at 200/s (default 60), comma-separated step rates,
 * client ({@code socket}, the default: {@link SocketLoad}, lean; {@code http}: {@link OpenLoop} over
 * {@code java.net.http}). Each step also prints the load generator's own CPU share of the machine.
 */
public final class VerificationLoadBenchmark {

    private VerificationLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080/";
        Api api = new Api(new URL(base));
        Api.adminPassword(args.length > 1 ? args[1] : "opentvs-dev-admin");
        int baselineSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String steps = args.length > 3 ? args[3] : "400,600,800,1000,1200,1500,2000";
        SyntheticIdentities synth = new SyntheticIdentities(4242);
        String carrier = "Y" + (char) ('A' + (int) (System.currentTimeMillis() % 26));
        String number = String.valueOf(100 + (int) (System.currentTimeMillis() / 1000 % 9000));
        System.out.println("Preparing flight " + carrier + number + " with 500 enrolled travelers ...");
        Flights.Flight flight = Flights.prepare(api, synth, carrier, number, "SFO", "ICN", 500, "KOR", false, 512);
        String token = api.client("load cameras", List.of("capture-device"), List.of(carrier), List.of("SFO"));
        boolean socket = args.length <= 4 || !"http".equals(args[4]);
        List<HttpRequest> requests = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        URI uri = api.root().resolve("api/v1/verifications");
        for (int i = 0; i < 4000; i++) {
            float[] probe = i % 5 == 4 ? synth.randomUnit(512) : synth.genuineCapture(flight.travelers().get(i % 500).face(), 0.7);
            String body = Flights.request("AIR_BOARDING", flight, "G" + (i % 40), "cam-" + (i % 40), probe).toString();
            requests.add(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
            raw.add(SocketLoad.post(uri, "Bearer " + token, body));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        SocketLoad lean = new SocketLoad(uri, raw, 128);
        System.out.println("client: " + (socket ? "socket (SocketLoad, 128 connections)" : "java.net.http (OpenLoop)"));
        Step step = (rate, seconds) -> socket ? lean.run(rate, seconds) : OpenLoop.run(http, requests, rate, seconds, r -> {});
        step.measured(100, 10);
        List<OpenLoop.Result> results = new ArrayList<>();
        results.add(step.measured(200, baselineSeconds));
        for (String rate : steps.split(",")) {
            results.add(step.measured(Integer.parseInt(rate.trim()), 20));
        }
        OpenLoop.report(results, 50);
    }

    @FunctionalInterface
    private interface Step {

        OpenLoop.Result run(int rate, int seconds) throws InterruptedException;

        /** Runs the step and prints the load generator's CPU share of all the machine's cores meanwhile. */
        default OpenLoop.Result measured(int rate, int seconds) throws InterruptedException {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            OpenLoop.Result result = run(rate, seconds);
            double share = (os.getProcessCpuTime() - cpu) / (double) (System.nanoTime() - wall) / os.getAvailableProcessors();
            System.out.printf("  load generator CPU: %.1f%% of %d cores (%.3f ms per request)%n", 100 * share,
                    os.getAvailableProcessors(), (os.getProcessCpuTime() - cpu) / 1e6 / result.sent());
            return result;
        }
    }
}
