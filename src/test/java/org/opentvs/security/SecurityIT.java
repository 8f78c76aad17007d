package org.opentvs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void healthIsOpenAndReady() {
        Api api = new Api(deployment);
        Api.Reply ready = api.get("health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
        assertEquals(200, api.get("health/live", null).status());
    }

    @Test
    void everythingElseNeedsCredentials() {
        Api api = new Api(deployment);
        Api.Reply anonymous = api.get("api/v1/admin/clients", null);
        assertEquals(401, anonymous.status());
        assertEquals("UNAUTHENTICATED", anonymous.json().getString("error"));
        assertEquals(401, api.get("api/v1/admin/clients", Api.basic("admin", "wrong")).status());
        assertEquals(401, api.get("api/v1/admin/clients", Api.bearer("otv_not-a-token")).status());
        Api.Reply portal = api.get("index.xhtml", null);
        assertEquals(302, portal.status());
        assertTrue(portal.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    @Test
    void adminIssuesScopedClientsAndRevokesThem() {
        Api api = new Api(deployment);
        String token = api.client("ZZ gate cameras JFK", List.of("capture-device"), List.of("ZZ"), List.of("JFK"));
        assertTrue(token.startsWith("otv_"));
        Api.Reply refused = api.get("api/v1/admin/clients", Api.bearer(token));
        assertEquals(403, refused.status(), "a camera is not an administrator");
        assertEquals("FORBIDDEN", refused.json().getString("error"));

        Api.Reply list = api.get("api/v1/admin/clients", Api.admin());
        assertEquals(200, list.status());
        assertTrue(list.body().contains("ZZ gate cameras JFK"));
        assertFalse(list.body().contains(token), "the token is shown once, never listed");
        assertEquals(1, Db.count("select count(*) from api_client where token_hash = encode(sha256(?::bytea), 'hex')", token));

        String id = list.jsonStructure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("ZZ gate cameras JFK")).findFirst().orElseThrow().getString("id");
        assertEquals(204, api.delete("api/v1/admin/clients/" + id, Api.admin()).status());
        assertEquals(401, api.get("api/v1/admin/clients", Api.bearer(token)).status(), "a revoked token is refused");
        assertTrue(Db.count("select count(*) from audit_event where action = 'REVOKE' and object_id = ?", id) == 1);
    }

    @Test
    void badClientRequestsGetClearErrors() {
        Api api = new Api(deployment);
        Api.Reply notJson = api.postJson("api/v1/admin/clients", Api.admin(), "{not json");
        assertEquals(400, notJson.status());
        assertEquals("BAD_REQUEST", notJson.json().getString("error"));
        Api.Reply unknownRole = api.postJson("api/v1/admin/clients", Api.admin(), "{\"name\":\"x\",\"roles\":[\"wizard\"]}");
        assertEquals(422, unknownRole.status());
        assertTrue(unknownRole.json().getString("message").contains("wizard"));
    }

    @Test
    void metricsAndTheContractAreServedToAuthenticatedCallers() {
        Api api = new Api(deployment);
        assertEquals(401, api.get("metrics", null).status());
        assertEquals(401, api.get("openapi", null).status());
        Api.Reply metrics = api.get("metrics", Api.admin());
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text");
        Api.Reply contract = api.get("openapi", Api.admin());
        assertEquals(200, contract.status());
        assertTrue(contract.body().contains("/api/v1/verifications") && contract.body().contains("OpenTVS API"), contract.body());
    }

    @Test
    void auditTrailRefusesChanges() {
        long before = Db.count("select count(*) from audit_event");
        assertTrue(before >= 1, "bootstrap of admin is audited");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Db.count("with d as (delete from audit_event returning 1) select count(*) from d"));
        assertEquals(before, Db.count("select count(*) from audit_event"));
    }

    @Test
    void peopleAreCreatedWithRolesAndPortsAndCanBeDisabled() {
        Api api = new Api(deployment);
        String body = "{\"username\":\"officer.jfk\",\"password\":\"officer-secret-1\",\"roles\":[\"officer\"],"
                + "\"scope\":{\"ports\":[\"jfk\"]}}";
        Api.Reply created = api.postJson("api/v1/admin/users", Api.admin(), body);
        assertEquals(201, created.status(), created.body());
        assertEquals(409, api.postJson("api/v1/admin/users", Api.admin(), body).status(), "usernames are unique");
        assertEquals(422, api.postJson("api/v1/admin/users", Api.admin(),
                "{\"username\":\"short.pw\",\"password\":\"short\",\"roles\":[\"officer\"]}").status());
        assertEquals("JFK", Db.strings("select ports from app_user where username = 'officer.jfk'").get(0));
        assertFalse(Db.strings("select password_hash from app_user where username = 'officer.jfk'").get(0).contains("officer-secret-1"));
        Api.Reply people = api.get("api/v1/admin/users", Api.basic("officer.jfk", "officer-secret-1"));
        assertEquals(403, people.status(), "an officer is not an administrator");
        String id = created.json().getString("id");
        assertEquals(204, api.delete("api/v1/admin/users/" + id, Api.admin()).status());
        assertEquals(401, api.get("api/v1/admin/users", Api.basic("officer.jfk", "officer-secret-1")).status(),
                "a disabled user cannot sign in");
    }
}
