package org.opentvs.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.opentvs.it.Api;
import org.opentvs.it.Db;

/** Starts jobs through the jobs API and waits for them the way an operator's script would. */
public final class TestJobs {

    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private final Api api;

    public TestJobs(Api api) {
        this.api = api;
    }

    public long start(String job, String parametersJson) {
        Api.Reply reply = api.postJson("api/v1/admin/jobs/" + job, Api.admin(), parametersJson);
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("executionId").longValue();
    }

    public JsonObject execution(String job, long id) {
        Api.Reply reply = api.get("api/v1/admin/jobs/" + job + "/executions/" + id, Api.admin());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** Waits for any terminal status and returns the execution as the API shows it. */
    public JsonObject awaitEnd(String job, long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject execution = execution(job, id);
            if (ENDED.contains(execution.getString("batchStatus"))) {
                return execution;
            }
            Thread.sleep(200);
        }
        fail("execution " + id + " of " + job + " did not end within 90 s");
        return null;
    }

    /** Waits until a purge run has written at least {@code n} deletion receipts. */
    public void awaitReceipts(long run, int n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (Db.count("select count(*) from retention_receipt where run_id = ?", run) < n) {
            if (System.currentTimeMillis() > deadline) {
                fail("run " + run + " wrote fewer than " + n + " receipts in 60 s");
            }
            Thread.sleep(50);
        }
    }

    public static long deleted(long run, String category) {
        return Db.count("select coalesce(sum(deleted), 0) from retention_receipt where run_id = ? and category = ?", run, category);
    }

    /** A portal person with one role; returns their HTTP Basic header. */
    public static String person(Api api, String username, String role) {
        String password = "it-" + username + "-secret";
        String body = Json.createObjectBuilder().add("username", username).add("password", password)
                .add("roles", Json.createArrayBuilder().add(role)).build().toString();
        Api.Reply created = api.postJson("api/v1/admin/users", Api.admin(), body);
        if (created.status() != 201 && created.status() != 409) {
            fail("user not created: " + created.status() + " " + created.body());
        }
        return Api.basic(username, password);
    }

    /** Signs in to the portal with the login form and fetches a page; returns status and body. */
    public static String[] portalPage(Api api, String username, String password, String page) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        try {
            browser.send(HttpRequest.newBuilder(api.root().resolve("login.xhtml")).GET().build(), HttpResponse.BodyHandlers.discarding());
            String form = "username=" + username + "&password=" + password;
            browser.send(
                    HttpRequest.newBuilder(api.root().resolve("login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(api.root().resolve(page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new String[]{String.valueOf(response.statusCode()), response.body()};
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int put(Api api, String path, String authorization, String json) {
        try {
            HttpRequest request = HttpRequest.newBuilder(api.root().resolve(URI.create(path))).header("Authorization", authorization)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
