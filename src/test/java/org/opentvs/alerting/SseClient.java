package org.opentvs.alerting;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Server-Sent Events client over java.net.http, reading the live stream of the real server as a device would. */
final class SseClient implements AutoCloseable {

    record Event(String id, String name, JsonObject data, long receivedNanos) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CountDownLatch firstLine = new CountDownLatch(1);
    private final InputStream body;
    private final int status;

    SseClient(URI uri, String authorization, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        this.status = response.statusCode();
        this.body = response.body();
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
        if (status == 200 && !firstLine.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the stream sent nothing within 10 s");
        }
    }

    int status() {
        return status;
    }

    /** The next alert event, or null when none came within the time. */
    Event next(long millis) throws InterruptedException {
        return events.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** The next event named "alert" whose data satisfies the test, skipping others, or null. */
    Event nextAlert(long millis, java.util.function.Predicate<JsonObject> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            Event e = left <= 0 ? null : next(left);
            if (e == null) {
                return null;
            }
            if ("alert".equals(e.name()) && wanted.test(e.data())) {
                return e;
            }
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                firstLine.countDown();
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        JsonObject json = Json.createReader(new StringReader(data.toString())).readObject();
                        events.add(new Event(id, name, json, System.nanoTime()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (Exception e) {
            // closed by the test
        }
    }

    @Override
    public void close() throws Exception {
        body.close();
    }
}
