package org.opentvs.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** A small client of the external API, used by the integration tests the way an integrator would. */
public final class Api {

    public static final String ADMIN_PASSWORD = "it-admin-secret";
    public static final String PERSON_PASSWORD = "it-person-secret-1";
    private static volatile String adminPassword = ADMIN_PASSWORD;

    /** Benchmarks against a running server use its admin password. */
    public static void adminPassword(String password) {
        adminPassword = password;
    }

    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonStructure jsonStructure() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    private final URI root;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Api(URL deployment) {
        URI uri = URI.create(deployment.toString());
        this.root = URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort() + "/");
    }

    public URI root() {
        return root;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String admin() {
        return basic("admin", adminPassword);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public Reply get(String path, String authorization) {
        return send(request(path, authorization).GET().build());
    }

    public Reply delete(String path, String authorization) {
        return send(request(path, authorization).DELETE().build());
    }

    public Reply post(String path, String authorization, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path, authorization).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /** Any method, any content type (null for none), any bytes: for refusal and fuzz tests. */
    public Reply send(String method, String path, String authorization, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path, authorization).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    public Reply postJson(String path, String authorization, String json) {
        return post(path, authorization, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Any call: {@code method} with an optional body of {@code contentType}. */
    public Reply call(String method, String path, String authorization, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path, authorization).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && body != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /** A GET of a stream (Server-Sent Events): the status and what arrived within {@code millis}, then the stream is closed. */
    public Reply peek(String path, String authorization, long millis) {
        HttpRequest request = request(path, authorization).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
            try (java.io.InputStream in = response.body()) {
                long deadline = System.nanoTime() + millis * 1_000_000;
                Thread reader = new Thread(() -> {
                    try {
                        in.transferTo(read);
                    } catch (IOException e) {
                        // closed below: the stream ends here
                    }
                }, "peek");
                reader.setDaemon(true);
                reader.start();
                reader.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            return new Reply(response.statusCode(), read.toString(StandardCharsets.UTF_8), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Issues a machine client through the admin API and returns its token. */
    public String client(String name, List<String> roles, List<String> carriers, List<String> ports) {
        String body = Json.createObjectBuilder().add("name", name).add("roles", Json.createArrayBuilder(roles))
                .add("scope", Json.createObjectBuilder().add("carriers", Json.createArrayBuilder(carriers))
                        .add("ports", Json.createArrayBuilder(ports)))
                .build().toString();
        Reply reply = postJson("api/v1/admin/clients", admin(), body);
        if (reply.status() != 201) {
            throw new IllegalStateException("client not issued: " + reply.status() + " " + reply.body());
        }
        return reply.json().getString("token");
    }

    /** Creates a portal user with roles and ports (or reuses the one of that name) and returns its HTTP Basic header. */
    public String person(String username, List<String> roles, List<String> ports) {
        String body = Json.createObjectBuilder().add("username", username).add("password", PERSON_PASSWORD)
                .add("roles", Json.createArrayBuilder(roles))
                .add("scope", Json.createObjectBuilder().add("ports", Json.createArrayBuilder(ports))).build().toString();
        Reply reply = postJson("api/v1/admin/users", admin(), body);
        if (reply.status() != 201 && reply.status() != 409) {
            throw new IllegalStateException("user not created: " + reply.status() + " " + reply.body());
        }
        return basic(username, PERSON_PASSWORD);
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
