package org.opentvs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;

/**
 * Guessing credentials on the real WAR: a guessed account and a spraying address are locked (429 with
 * Retry-After, JSON body, audited) until an administrator clears them; bearer tokens expire and show
 * their last use; no response names the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

    private static final String PASSWORD = "throttle-secret-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private void person(Api api, String name, String role) {
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"scope\":{}}";
        Api.Reply r = api.postJson("api/v1/admin/users", Api.admin(), body);
        assertEquals(201, r.status(), r.body());
    }

    private static JsonObject lock(Api api, String kind, String key) {
        JsonArray locks = (JsonArray) api.get("api/v1/admin/login-locks", Api.admin()).jsonStructure();
        return locks.getValuesAs(JsonObject.class).stream().filter(l -> l.getString("kind").equals(kind) && l.getString("key").equals(key))
                .findFirst().orElse(null);
    }

    @Test
    void sixtyWrongPasswordsLockTheAccountAndTheRightOneIsRefusedUntilAnAdministratorClearsIt() {
        Api api = new Api(deployment);
        person(api, "guess.target", "admin");
        String path = "api/v1/admin/clients";
        int unauthorized = 0;
        int throttled = 0;
        for (int i = 0; i < 60; i++) {
            Api.Reply r = api.get(path, Api.basic("guess.target", "wrong-password-" + i));
            if (r.status() == 401) {
                unauthorized++;
                assertEquals(0, throttled, "no 401 after the first 429");
            } else {
                assertEquals(429, r.status(), r.body());
                throttled++;
                long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(retryAfter > 0 && retryAfter <= 900, "Retry-After " + retryAfter);
                assertEquals("TOO_MANY_FAILED_LOGINS", r.json().getString("error"));
                assertTrue(r.json().getJsonNumber("retryAfterSeconds").longValue() > 0);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            }
        }
        assertEquals(10, unauthorized, "ten failures allowed per account");
        assertEquals(50, throttled);
        Api.Reply right = api.get(path, Api.basic("guess.target", PASSWORD));
        assertEquals(429, right.status(), "the right password is refused while the account is locked");
        assertTrue(right.headers().firstValue("Retry-After").isPresent());

        assertEquals(10, Db.count("select count(*) from audit_event where action = 'LOGIN_FAILED' and object_id = 'guess.target'"),
                "each counted failure audited, the refusals while locked not (no write amplification)");
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'LOCK' and object_type = 'login-account'"
                + " and object_id = 'guess.target'"));
        JsonObject lock = lock(api, "account", "guess.target");
        assertTrue(lock != null, "the administrator sees the lock");
        assertEquals(10, lock.getInt("failures"));
        assertTrue(Instant.parse(lock.getString("lockedUntil")).isAfter(Instant.now().plus(Duration.ofMinutes(14))));

        assertEquals(403, api.delete("api/v1/admin/login-locks/accounts/guess.target", Api.bearer(
                api.client("not-admin", List.of("auditor"), List.of(), List.of()))).status(), "only administrators clear locks");
        assertEquals(204, api.delete("api/v1/admin/login-locks/accounts/guess.target", Api.admin()).status());
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'UNLOCK' and object_id = 'guess.target'"
                + " and actor = 'user:admin'"));
        assertEquals(404, api.delete("api/v1/admin/login-locks/accounts/guess.target", Api.admin()).status());
        assertEquals(200, api.get(path, Api.basic("guess.target", PASSWORD)).status(), "cleared: the right password works");
        assertEquals(null, lock(api, "account", "guess.target"));
    }

    @Test
    void anAddressSprayingAccountsIsLockedForPasswordsAndUnknownTokensButValidTokensStillWork() throws Exception {
        Api api = new Api(deployment);
        String token = api.client("sprayed-camera", List.of("auditor"), List.of(), List.of());
        FromAddress sprayer = new FromAddress("127.0.0.7", deployment.getPort());
        String path = "api/v1/admin/retention/policies";
        for (int i = 0; i < 50; i++) {
            assertEquals(401, sprayer.get(path, Api.basic("spray" + i, "guess-" + i)).status(), "attempt " + (i + 1));
        }
        FromAddress.Answer locked = sprayer.get(path, Api.basic("spray-next", "guess"));
        assertEquals(429, locked.status(), locked.body());
        assertTrue(Long.parseLong(locked.header("Retry-After")) > 0);
        assertTrue(locked.body().contains("\"error\":\"TOO_MANY_FAILED_LOGINS\""), locked.body());
        assertEquals(429, sprayer.get(path, Api.bearer("otv_guessed-token")).status(), "unknown tokens from the address too");
        assertEquals(200, sprayer.get(path, Api.bearer(token)).status(), "a valid token is no guess: the camera behind it keeps working");
        assertEquals(200, api.get(path, Api.bearer(token)).status(), "other addresses are not affected");
        assertTrue(lock(api, "address", "127.0.0.7") != null);
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'LOCK' and object_id = '127.0.0.7'"));
        assertEquals(0, Db.count("select count(*) from audit_event where action = 'LOGIN_FAILED' and object_id like 'spray%'"
                + " and detail not like '%127.0.0.7'"));

        assertEquals(204, api.delete("api/v1/admin/login-locks/addresses/127.0.0.7", Api.admin()).status());
        assertEquals(401, sprayer.get(path, Api.basic("spray-after", "guess")).status(), "cleared: back to 401");
    }

    @Test
    void aTokenWithAnExpiryIsRefusedWith401AfterItAndTheListShowsExpiryAndLastUse() throws Exception {
        Api api = new Api(deployment);
        assertEquals(422, api.postJson("api/v1/admin/clients", Api.admin(),
                "{\"name\":\"x\",\"roles\":[\"auditor\"],\"expiresAt\":\"tomorrow\"}").status());
        Api.Reply past = api.postJson("api/v1/admin/clients", Api.admin(),
                "{\"name\":\"x\",\"roles\":[\"auditor\"],\"expiresAt\":\"2020-01-01T00:00:00Z\"}");
        assertEquals(422, past.status());
        assertEquals("expiresAt", past.json().getString("field"));

        Instant expiresAt = Instant.now().plusSeconds(6);
        Api.Reply issued = api.postJson("api/v1/admin/clients", Api.admin(),
                "{\"name\":\"short-lived\",\"roles\":[\"auditor\"],\"expiresAt\":\"" + expiresAt + "\"}");
        assertEquals(201, issued.status(), issued.body());
        String id = issued.json().getString("id");
        String token = issued.json().getString("token");
        JsonObject before = client(api, id);
        assertTrue(before.isNull("lastUsedAt"), "never used yet");
        assertEquals(expiresAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                Instant.parse(before.getString("expiresAt")).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertFalse(before.getBoolean("expired"));

        String path = "api/v1/admin/retention/policies";
        assertEquals(200, api.get(path, Api.bearer(token)).status());
        JsonObject used = client(api, id);
        Instant lastUse = Instant.parse(used.getString("lastUsedAt"));
        assertTrue(Duration.between(lastUse, Instant.now()).abs().getSeconds() < 30, "last use " + lastUse);

        while (Instant.now().isBefore(expiresAt.plusMillis(500))) {
            Thread.sleep(250);
        }
        Api.Reply expired = api.get(path, Api.bearer(token));
        assertEquals(401, expired.status(), "expired, even though it was cached a moment ago");
        assertEquals("UNAUTHENTICATED", expired.json().getString("error"));
        assertTrue(client(api, id).getBoolean("expired"));
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinutePerToken() {
        Api api = new Api(deployment);
        String token = api.client("busy-camera", List.of("auditor"), List.of(), List.of());
        String id = Db.string("select cast(id as varchar) from api_client where name = 'busy-camera'");
        String path = "api/v1/admin/retention/policies";
        assertEquals(200, api.get(path, Api.bearer(token)).status());
        String first = client(api, id).getString("lastUsedAt");
        flushCredentialCache(api);
        for (int i = 0; i < 20; i++) {
            assertEquals(200, api.get(path, Api.bearer(token)).status());
        }
        assertEquals(first, client(api, id).getString("lastUsedAt"), "not rewritten within the minute");
        Db.execute("update api_client set last_used_at = last_used_at - interval '2 minutes' where id = cast(? as uuid)", id);
        String aged = client(api, id).getString("lastUsedAt");
        flushCredentialCache(api);
        assertEquals(200, api.get(path, Api.bearer(token)).status());
        assertNotEquals(aged, client(api, id).getString("lastUsedAt"), "older than a minute: written again");
    }

    @Test
    void noResponseNamesTheServer() {
        Api api = new Api(deployment);
        for (String[] call : new String[][]{{"health/ready", null}, {"login.xhtml", null}, {"api/v1/admin/clients", Api.admin()},
                {"api/v1/admin/clients", null}, {"api/v1/no-such-resource", Api.admin()}, {"no-such-page", null},
                {"jakarta.faces.resource/opentvs.css", null}}) {
            Api.Reply r = api.get(call[0], call[1]);
            assertTrue(r.headers().firstValue("Server").isEmpty(), call[0] + " answered with Server: " + r.headers().firstValue("Server"));
            assertTrue(r.headers().firstValue("X-Powered-By").isEmpty(), call[0] + " answered with X-Powered-By");
            assertFalse(r.body().contains("Payara") || r.body().contains("GlassFish"), call[0] + ": " + r.body());
        }
        Api.Reply unknown = api.get("api/v1/no-such-resource", Api.admin());
        assertEquals(404, unknown.status());
        assertEquals("NOT_FOUND", unknown.json().getString("error"), "API paths keep JSON errors");
    }

    /** A revocation empties the credential cache, so the next call reads the directory again. */
    private static void flushCredentialCache(Api api) {
        String id = api.postJson("api/v1/admin/clients", Api.admin(), "{\"name\":\"flush\",\"roles\":[\"auditor\"]}").json()
                .getString("id");
        assertEquals(204, api.delete("api/v1/admin/clients/" + id, Api.admin()).status());
    }

    private static JsonObject client(Api api, String id) {
        JsonArray clients = (JsonArray) api.get("api/v1/admin/clients", Api.admin()).jsonStructure();
        return clients.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow();
    }
}
