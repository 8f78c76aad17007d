package org.opentvs.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.opentvs.it.Api;
import org.opentvs.it.FaceFlights;
import org.opentvs.it.FacePhotos;

/**
 * Open-loop load on {@code POST /api/v1/verifications} with image captures, against a running server
 * with the face-api engine: four travelers enrolled in holdings from a portrait of face-api's demo
 * photos (as FaceImagesIT does), boarding captures of 640×480 JPEGs (quality 0.6) with another rendering
 * of the same face (mirrored, rotated, resized, brightened) for 80% of requests and a fifth, not
 * enrolled face for the rest. First {@code seconds} at {@code rate}/s, then rising steps of 30 s each;
 * latency counts from each request's due time ({@link OpenLoop}). Prints the decisions of every step
 * (genuine captures should MATCH, the impostor NO_MATCH) and the highest step with 0 errors and p99
 * within 150 ms. Arguments: base URL, admin password, rate (20), seconds (60), comma-separated steps.
 */
public final class VerificationImageLoadBenchmark {

    static final double P99_GOAL_MILLIS = 150;
    /** Which kind of capture a request carries (ignored by the server), so the answers can be tallied. */
    private static final String LABEL = "X-Bench-Capture";
    /** SAMPLE1_B is left out: its mirrored renderings come within 0.27-0.30 of its reference, at the threshold. */
    private static final List<FacePhotos.Face> ENROLLED = List.of(FacePhotos.SAMPLE3_A, FacePhotos.SAMPLE5_A,
            FacePhotos.SAMPLE5_B, FacePhotos.SAMPLE6_A);
    private static final FacePhotos.Face IMPOSTOR = FacePhotos.SAMPLE6_B;
    /** Renderings of a capture: degrees, scale, brightness. */
    private static final double[][] RENDERINGS = {{4, 0.8, 12}, {-4, 0.85, 6}, {2, 0.75, 20}, {-2, 0.9, 0}};

    private VerificationImageLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080/";
        Api api = new Api(new URL(base));
        Api.adminPassword(args.length > 1 ? args[1] : "opentvs-dev-admin");
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        String steps = args.length > 4 ? args[4] : "30,40,50,60,80";
        if (!FaceFlights.engineInstalled(api)) {
            throw new IllegalStateException("the server has no face-api engine for images (server-config/ensure-face-models.sh)");
        }
        String carrier = "I" + (char) ('A' + (int) (System.currentTimeMillis() / 1000 % 26));
        String number = String.valueOf(1000 + (int) (System.currentTimeMillis() / 1000 % 9000));
        LocalDate date = LocalDate.now().plusDays(1);
        System.out.println("Enrolling " + ENROLLED.size() + " travelers of flight " + carrier + number + " from reference images ...");
        FaceFlights.prepare(api, carrier, number, date, "AMS", "JFK", ENROLLED);
        String token = api.client("image load cameras", List.of("capture-device"), List.of(carrier), List.of("AMS"));
        URI uri = api.root().resolve("api/v1/verifications");
        List<HttpRequest> requests = new ArrayList<>();
        long bytes = 0;
        for (double[] r : RENDERINGS) {
            for (FacePhotos.Face face : ENROLLED) {
                byte[] jpeg = capture(face, r);
                bytes += jpeg.length;
                requests.add(request(uri, token, "genuine", FaceFlights.boarding(carrier, number, date, "AMS", "jpeg", jpeg)));
            }
            requests.add(request(uri, token, "impostor", FaceFlights.boarding(carrier, number, date, "AMS", "jpeg", capture(IMPOSTOR, r))));
        }
        System.out.printf("%d captures (640x480 JPEG, mean %d KB), load average %.1f on %d cores%n", requests.size(),
                bytes / ENROLLED.size() / RENDERINGS.length / 1024, load(), Runtime.getRuntime().availableProcessors());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, LongAdder> warmUp = new ConcurrentHashMap<>();
        OpenLoop.run(http, requests, 5, 10, answer -> tally(warmUp, answer));
        System.out.println("warm-up decisions: " + new TreeMap<>(warmUp));
        List<OpenLoop.Result> results = new ArrayList<>();
        results.add(step(http, requests, rate, seconds));
        for (String s : steps.split(",")) {
            results.add(step(http, requests, Integer.parseInt(s.trim()), 30));
        }
        OpenLoop.report(results, P99_GOAL_MILLIS);
    }

    private static OpenLoop.Result step(HttpClient http, List<HttpRequest> requests, int rate, int seconds) throws InterruptedException {
        Map<String, LongAdder> decisions = new ConcurrentHashMap<>();
        double before = load();
        OpenLoop.Result result = OpenLoop.run(http, requests, rate, seconds, answer -> tally(decisions, answer));
        System.out.printf("  decisions %s; load average %.1f before, %.1f after%n", new TreeMap<>(decisions), before, load());
        return result;
    }

    /** Counts answers as "genuine MATCH", "impostor NO_MATCH", "genuine CAPTURE_FAILED NO_FACE" and so on. */
    private static void tally(Map<String, LongAdder> decisions, HttpResponse<String> answer) {
        JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
        String reason = json.get("reason") instanceof jakarta.json.JsonString r ? " " + r.getString() : "";
        String key = answer.request().headers().firstValue(LABEL).orElse("?") + " " + json.getString("decision", "?") + reason;
        decisions.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    static byte[] capture(FacePhotos.Face face, double[] r) {
        BufferedImage rendered = FacePhotos.otherRendering(FacePhotos.portrait(face), r[0], r[1], (int) r[2]);
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setColor(new Color(118, 122, 126));
            g.fillRect(0, 0, 640, 480);
            int side = Math.min(440, rendered.getHeight());
            g.drawImage(FacePhotos.scaled(rendered, side * rendered.getWidth() / rendered.getHeight(), side), (640 - side) / 2,
                    (480 - side) / 2, null);
        } finally {
            g.dispose();
        }
        return FacePhotos.jpeg(frame, 0.6f);
    }

    private static HttpRequest request(URI uri, String token, String label, String body) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header(LABEL, label)
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
