package org.opentvs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Api;
import org.opentvs.it.Deployments;

/**
 * Walks every operation of the OpenAPI document the server publishes (its roles from the
 * document's source, {@code x-roles}, which Payara does not re-publish) with every kind of caller:
 * nobody, each machine role (scoped to a foreign airport, to a foreign carrier, or not at all), each
 * portal role (foreign airport) and administrators, against personal data seeded in two scopes
 * (JFK / UA and SEA / DL). Nobody gets 401 only; a role the operation does not name gets 403; a
 * foreign caller gets 403 or 404 for the home scope's records and writes, and no answer carries a
 * row of the home scope; the portal's pages likewise. The walk runs last (it changes the home
 * scope's alert and hotlist entry as an administrator). The role x operation matrix is written to target/scope-walk-matrix.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScopeWalkIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private static ScopeSeed jfk;
    private static ScopeSeed sea;

    private Api api() {
        return new Api(deployment);
    }

    private synchronized void seed() {
        if (jfk == null) {
            jfk = ScopeSeed.plant(api(), "UA", "901", "JFK", "LHR", "JFKWALKER");
            sea = ScopeSeed.plant(api(), "DL", "902", "SEA", "NRT", "SEAWALKER");
        }
    }

    @Test
    @Order(100)
    void everyOperationWithEveryRoleAndAForeignScope() throws IOException {
        seed();
        Api.Reply published = api().get("openapi", Api.admin());
        assertEquals(200, published.status(), published.body());
        ApiContract served = ApiContract.parse(published.body());
        ApiContract contract = ApiContract.parse(new String(ScopeWalkIT.class.getResourceAsStream("/META-INF/openapi.yaml").readAllBytes(),
                StandardCharsets.UTF_8));
        assertEquals(keys(contract), keys(served), "the server publishes the contract's operations");
        assertTrue(contract.operations().size() >= 45, "the document lists the API: " + contract.operations().size());
        List<WalkCaller> callers = WalkCaller.all(api(), sea.airport(), sea.carrier());
        WalkRequests requests = new WalkRequests(jfk);
        List<String> wrong = new ArrayList<>();
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        for (ApiContract.Operation op : contract.operations()) {
            assertFalse(op.roles().isEmpty(), op.key() + " names no roles in x-roles");
            List<String> row = new ArrayList<>();
            for (WalkCaller caller : callers) {
                Api.Reply reply = call(requests.of(op), op, caller);
                row.add(Integer.toString(reply.status()));
                String verdict = verdict(op, caller, reply);
                if (verdict != null) {
                    wrong.add(op.key() + " as " + caller.name() + ": " + reply.status() + " " + verdict + " " + abbreviate(reply.body()));
                }
            }
            matrix.put(op.key(), row);
        }
        write(contract, callers, matrix);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + contract.operations().size() * callers.size() + " calls wrong:\n"
                + String.join("\n", wrong));
    }

    private static List<String> keys(ApiContract contract) {
        return contract.operations().stream().map(ApiContract.Operation::key).toList();
    }

    private Api.Reply call(WalkRequests.Request request, ApiContract.Operation op, WalkCaller caller) {
        if (op.key().equals(WalkRequests.STREAM)) {
            return api().peek(request.path(), caller.authorization(), 1500);
        }
        return api().call(op.method().toUpperCase(), request.path(), caller.authorization(), request.contentType(), request.body());
    }

    /** Null when the answer is right for this caller, else what is wrong with it. */
    private String verdict(ApiContract.Operation op, WalkCaller caller, Api.Reply reply) {
        int status = reply.status();
        if (caller.anonymous()) {
            return status == 401 ? null : "expected 401 without credentials";
        }
        if (!caller.mayCall(op.roles())) {
            return status == 403 ? null : "expected 403: the operation is for " + op.roles();
        }
        if (status == 401 || status >= 500) {
            return "expected an answer for a caller with the role";
        }
        if (caller.unlimited()) {
            return null;
        }
        if (WalkRequests.TARGETED.contains(op.key()) && status != 403 && status != 404) {
            return "expected 403 or 404: the record or write is in another scope";
        }
        if (WalkRequests.NATIONAL.contains(op.key()) && status != 403) {
            return "expected 403: national data for a scoped caller";
        }
        if (status < 300 && jfk.foundIn(reply.body())) {
            return "a row of another scope came back";
        }
        return null;
    }

    private static void write(ApiContract contract, List<WalkCaller> callers, Map<String, List<String>> matrix) throws IOException {
        StringBuilder text = new StringBuilder();
        long methods = contract.operations().size();
        text.append("scope walk: ").append(contract.paths()).append(" paths, ").append(methods).append(" operations (path x method), ")
                .append(callers.size()).append(" callers = ").append(methods * callers.size()).append(" calls\n");
        for (int i = 0; i < callers.size(); i++) {
            text.append(String.format("c%02d %s %s%n", i, callers.get(i).name(), callers.get(i).roles()));
        }
        text.append(String.format("%-58s", "operation \\ caller"));
        for (int i = 0; i < callers.size(); i++) {
            text.append(String.format(" c%02d", i));
        }
        text.append('\n');
        matrix.forEach((op, row) -> {
            text.append(String.format("%-58s", op));
            row.forEach(s -> text.append(' ').append(s));
            text.append('\n');
        });
        Files.createDirectories(Paths.get("target"));
        Files.writeString(Paths.get("target", "scope-walk-matrix.txt"), text, StandardCharsets.UTF_8);
        System.out.println(text);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "..." : body;
    }

    // ---- the confirmed leaks of issue 11, one regression test each ----

    @Test
    @Order(10)
    void anAirportScopedOfficerClientGetsOnlyItsAirportsCrossings() {
        seed();
        String officer = client("officer", Set.of(), Set.of("SEA"));
        Api.Reply crossings = api().get("api/v1/crossings?limit=1000", officer);
        assertEquals(200, crossings.status(), crossings.body());
        assertFalse(jfk.foundIn(crossings.body()), "JFK crossings for a SEA officer: " + crossings.body());
        assertTrue(sea.foundIn(crossings.body()), "its own airport's crossing: " + crossings.body());
        assertEquals(403, api().get("api/v1/crossings?port=JFK", officer).status());
        String jfkOfficer = client("officer", Set.of(), Set.of("JFK"));
        assertTrue(jfk.foundIn(api().get("api/v1/crossings?limit=1000", jfkOfficer).body()), "the JFK officer sees JFK");
    }

    @Test
    @Order(10)
    void aPortScopedTokenReadsOnlyManifestsOfItsPorts() {
        seed();
        String officer = client("officer", Set.of(), Set.of("SEA"));
        Api.Reply foreign = api().get("api/v1/manifests/" + jfk.manifest(), officer);
        assertEquals(404, foreign.status(), foreign.body());
        assertFalse(jfk.foundIn(foreign.body().replace(jfk.manifest(), "")), foreign.body());
        Api.Reply own = api().get("api/v1/manifests/" + sea.manifest(), officer);
        assertEquals(200, own.status(), own.body());
        assertTrue(own.body().contains(sea.marker()));
        String carrierOnly = client("pau-analyst", Set.of("DL"), Set.of());
        assertEquals(404, api().get("api/v1/manifests/" + jfk.manifest(), carrierOnly).status(), "another carrier's manifest");
    }

    @Test
    @Order(10)
    void anotherCarriersRepeatedManifestIsRefusedNotAnsweredWithItsReceipt() {
        seed();
        String submitter = client("manifest-submitter", Set.of("DL"), Set.of());
        Api.Reply repeated = api().post("api/v1/manifests", submitter, "application/edifact", jfk.manifestBytes());
        assertEquals(403, repeated.status(), repeated.body());
        assertFalse(jfk.foundIn(repeated.body()), repeated.body());
    }

    @Test
    @Order(10)
    void aMachineClientWithoutAScopeReadsAndChangesNothingScoped() {
        seed();
        String officer = client("officer", Set.of(), Set.of());
        Api.Reply crossings = api().get("api/v1/crossings?limit=1000", officer);
        assertEquals(200, crossings.status());
        assertEquals("[]", crossings.body(), "no scope, no rows");
        assertEquals("[]", api().get("api/v1/alerts?limit=500", officer).body());
        assertEquals(403, api().get("api/v1/alerts/" + jfk.alert() + "/traveler", officer).status());
        String analyst = client("pau-analyst", Set.of(), Set.of());
        assertEquals("[]", api().get("api/v1/hotlist?limit=1000", analyst).body());
        assertEquals(403, api().get("api/v1/reconciliation/discrepancies", analyst).status());
        String feed = client("holdings-feed", Set.of(), Set.of());
        assertEquals(404, api().postJson("api/v1/crossings/" + jfk.crossing() + "/ident-determination", feed,
                "{\"determination\":\"NO_MATCH\"}").status(), "a write into a scope it does not have");
    }

    @Test
    @Order(10)
    void peopleAndAdministratorsWithoutAScopeSeeBothScopes() {
        seed();
        String person = api().person("walk.officer.all", List.of("officer", "pau-analyst"), List.of());
        Api.Reply crossings = api().get("api/v1/crossings?limit=1000", person);
        assertTrue(jfk.foundIn(crossings.body()) && sea.foundIn(crossings.body()), crossings.body());
        assertTrue(jfk.foundIn(api().get("api/v1/hotlist?limit=1000", person).body()));
        assertEquals(200, api().get("api/v1/manifests/" + jfk.manifest(), Api.admin()).status());
    }

    @Test
    @Order(10)
    void theAlertStreamAndListCarryOnlyTheCallersScope() {
        seed();
        String officer = client("officer", Set.of(), Set.of("SEA"));
        Api.Reply stream = api().peek("api/v1/alerts/stream?lastEventId=0", officer, 2000);
        assertEquals(200, stream.status());
        assertTrue(stream.body().contains(sea.alert()), "its own airport's alert is replayed: " + stream.body());
        assertFalse(jfk.foundIn(stream.body()), stream.body());
        Api.Reply list = api().get("api/v1/alerts?limit=500", officer);
        assertTrue(list.body().contains(sea.alert()) && !jfk.foundIn(list.body()), list.body());
        String carrier = client("officer", Set.of("DL"), Set.of());
        Api.Reply byCarrier = api().peek("api/v1/alerts/stream?lastEventId=0", carrier, 2000);
        assertTrue(byCarrier.body().contains(sea.alert()) && !jfk.foundIn(byCarrier.body()), byCarrier.body());
    }

    // ---- the portal: deny by default, and the same policy on its pages ----

    private static final Map<String, Set<String>> PAGES = Map.of("index.xhtml", Set.of("*"),
            "reports/dashboard.xhtml", Set.of("program-manager", "admin", "auditor"), "alerts/index.xhtml", Set.of("officer", "admin"),
            "hotlist/index.xhtml", Set.of("pau-analyst", "admin"), "jobs/index.xhtml", Set.of("batch-operator", "admin"),
            "walk-no-such-page.xhtml", Set.of());

    @Test
    @Order(1)
    void portalPagesAreOpenOnlyToTheirRolesAndUnlistedPagesToNobody() {
        seed();
        List<String> wrong = new ArrayList<>();
        List<String> roles = new ArrayList<>(WalkCaller.PORTAL_ROLES);
        roles.add("admin");
        for (String role : roles) {
            String username = "walk.portal." + role;
            api().person(username, List.of(role), List.of(sea.airport()));
            Portal portal = Portal.signIn(api().root(), username, Api.PERSON_PASSWORD);
            PAGES.forEach((page, allowed) -> {
                int status = portal.get(page).statusCode();
                boolean open = allowed.contains("*") || allowed.contains(role);
                if (open ? status != 200 : status != 403 && status != 404) {
                    wrong.add(role + " " + page + ": " + status);
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    @Order(2)
    void portalPagesShowOnlyTheCallersScope() {
        seed();
        api().person("walk.page.officer", List.of("officer"), List.of(sea.airport()));
        String alerts = Portal.signIn(api().root(), "walk.page.officer", Api.PERSON_PASSWORD).get("alerts/index.xhtml").body();
        assertTrue(alerts.contains(sea.alert()), "its own airport's alert on the page");
        assertFalse(jfk.foundIn(alerts), "another airport's alert on the page");
        api().person("walk.page.analyst", List.of("pau-analyst"), List.of(sea.airport()));
        String hotlist = Portal.signIn(api().root(), "walk.page.analyst", Api.PERSON_PASSWORD).get("hotlist/index.xhtml").body();
        assertTrue(hotlist.contains(sea.marker()), "its own airport's hotlist entry on the page");
        assertFalse(jfk.foundIn(hotlist), "another airport's hotlist entry on the page");
    }

    private String client(String role, Set<String> carriers, Set<String> airports) {
        String body = jakarta.json.Json.createObjectBuilder().add("name", "leak " + role)
                .add("roles", jakarta.json.Json.createArrayBuilder().add(role))
                .add("scope", jakarta.json.Json.createObjectBuilder().add("carriers", jakarta.json.Json.createArrayBuilder(carriers))
                        .add("airports", jakarta.json.Json.createArrayBuilder(airports)))
                .build().toString();
        Api.Reply issued = api().postJson("api/v1/admin/clients", Api.admin(), body);
        assertEquals(201, issued.status(), issued.body());
        return Api.bearer(issued.json().getString("token"));
    }
}
