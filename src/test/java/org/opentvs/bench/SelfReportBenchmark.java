package org.opentvs.bench;

import jakarta.json.Json;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.opentvs.it.Api;
import org.opentvs.it.FaceFlights;
import org.opentvs.it.FacePhotos;
import org.opentvs.it.Paxlst;

/**
 * Open-loop load on {@code POST /api/v1/departures/self-reports} with real selfies: the travelers
 * enrolled from face-api's demo faces (those usable as references), each request a fresh rendering of one of them (unique bytes:
 * the replay guard refuses a selfie seen before) and a fresh request id, at a position 1–3 km into
 * Canada north of the Peace Arch. Latency counts from each request's due time (no coordinated
 * omission). Arguments: base URL, admin password, face-api package directory, comma-separated
 * rates per second, seconds per rate.
 */
public final class SelfReportBenchmark {

    private static final FacePhotos.Face[] FACES = {FacePhotos.SAMPLE6_A, FacePhotos.SAMPLE5_A, FacePhotos.SAMPLE3_A,
            FacePhotos.SAMPLE1_B, FacePhotos.SAMPLE6_B, FacePhotos.SAMPLE5_B};

    private SelfReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Api api = new Api(new URL(args.length > 0 ? args[0] : "http://127.0.0.1:8080/"));
        Api.adminPassword(args.length > 1 ? args[1] : "opentvs-dev-admin");
        System.setProperty("face.package",
                args.length > 2 ? args[2] : System.getProperty("user.home") + "/.cache/opentvs/face-api-1.7.15/package");
        String[] rates = (args.length > 3 ? args[3] : "10,20,30").split(",");
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        String feed = api.client("bench passports " + run, List.of("holdings-feed"), List.of(), List.of());
        List<BufferedImage> portraits = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < FACES.length; i++) {
            BufferedImage portrait = FacePhotos.portrait(FACES[i]);
            Paxlst.Person p = new Paxlst.Person("BENCH" + run + "N" + i, "SAM", "870203", "F", "NLD", null, "SRB" + run + i, "NLD");
            Api.Reply enrolled = api.postJson("api/v1/holdings/identities", Api.bearer(feed),
                    FaceFlights.identity(p, "jpeg", FacePhotos.jpeg(portrait, 0.9f), List.of()));
            if (enrolled.status() == 201) {
                portraits.add(portrait);
                documents.add(p.document());
            } else if (enrolled.status() != 422) {
                throw new IllegalStateException("enrolment failed: " + enrolled.body());
            }
        }
        System.out.println(portraits.size() + " of " + FACES.length + " demo faces enrolled (the others are refused as turned)");
        String token = api.client("bench app " + run, List.of("traveler-app"), List.of(), List.of("3004"));
        int total = 50;
        for (String r : rates) {
            total += Integer.parseInt(r.trim()) * seconds;
        }
        System.out.println("Rendering " + total + " unique selfies ...");
        List<String[]> bodies = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            int who = i % portraits.size();
            BufferedImage selfie = FacePhotos.otherRendering(portraits.get(who), (i % 5) - 2, 0.8, i % 30);
            stamp(selfie, i);
            byte[] jpeg = FacePhotos.jpeg(selfie, 0.8f);
            bodies.add(new String[]{documents.get(who), Base64.getEncoder().encodeToString(jpeg)});
        }
        System.out.printf("selfies %dx%d px, about %d KB each%n", (int) (portraits.get(0).getWidth() * 0.8),
                (int) (portraits.get(0).getHeight() * 0.8), bodies.get(0)[1].length() * 3 / 4 / 1024);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = api.root().resolve("api/v1/departures/self-reports");
        AtomicInteger next = new AtomicInteger();
        step(http, uri, token, bodies, next, 5, 10);
        System.out.println();
        for (String r : rates) {
            step(http, uri, token, bodies, next, Integer.parseInt(r.trim()), seconds);
        }
    }

    /** Marks rendering {@code i} with its bits as 8×8 black or white blocks in the top row, so every selfie's JPEG differs. */
    private static void stamp(BufferedImage image, int i) {
        for (int bit = 0; bit < 16; bit++) {
            int colour = (i >> bit & 1) == 1 ? 0xFFFFFF : 0;
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    image.setRGB(bit * 8 + x, y, colour);
                }
            }
        }
    }

    private static HttpRequest request(URI uri, String token, String[] body, int i) {
        double lat = 49.012 + (i % 17) * 0.001;
        double lon = -122.77 + (i % 13) * 0.002;
        String json = Json.createObjectBuilder().add("requestId", UUID.randomUUID().toString()).add("reportedAt", Instant.now().toString())
                .add("kind", "PEDESTRIAN").add("document", Json.createObjectBuilder().add("number", body[0]).add("country", "NLD"))
                .add("selfie", Json.createObjectBuilder().add("format", "jpeg").add("data", body[1]))
                .add("position", Json.createObjectBuilder().add("latitude", lat).add("longitude", lon).add("accuracyMeters", 12))
                .build().toString();
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static void step(HttpClient http, URI uri, String token, List<String[]> bodies, AtomicInteger next, int rate, int seconds) {
        int total = rate * seconds;
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            int n = next.getAndIncrement();
            requests.add(request(uri, token, bodies.get(n), n));
        }
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(http.sendAsync(requests.get(i), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                latencies.add((System.nanoTime() - due) / 1e6);
                String outcome = failure != null
                        ? failure.getClass().getSimpleName()
                        : response.statusCode() == 201
                                ? response.body().contains("SELF_REPORTED_BIOMETRIC") ? "201 biometric" : "201 other"
                                : response.statusCode() + " " + response.body().replaceAll(".*\"error\":\"([A-Z_]+)\".*", "$1");
                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Percentiles p = Percentiles.of(latencies.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf("%3d/s for %d s: completed %.1f/s, latency ms %s, outcomes %s%n", rate, seconds, total / elapsed, p, outcomes);
    }
}
