package org.opentvs.security;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opentvs.it.Api;

/** One caller of the walk: who it is, its roles, its credentials, and whether its scope is unlimited. */
record WalkCaller(String name, Set<String> roles, String authorization, boolean unlimited) {

    static final List<String> MACHINE_ROLES = List.of("manifest-submitter", "capture-device", "holdings-feed", "watchlist-feed",
            "officer", "pau-analyst", "program-manager", "batch-operator", "auditor", "traveler-app", "partner");

    /** The partner country the walk's partner clients ask as: not the home scope's ({@link WalkRequests#HOME_PARTNER}). */
    static final String FOREIGN_PARTNER = "MEX";
    static final List<String> PORTAL_ROLES = List.of("officer", "pau-analyst", "program-manager", "batch-operator", "auditor");

    boolean anonymous() {
        return authorization == null;
    }

    boolean mayCall(Set<String> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }

    /**
     * Everyone the walk tries, all outside the {@code home} scope (airport {@code airport}, carrier
     * {@code carrier}) unless unlimited: nobody; each machine role scoped to the foreign airport, to the
     * foreign carrier, and with no scope at all (partners always ask as a foreign partner); each portal role scoped to the foreign airport; administrators.
     */
    static List<WalkCaller> all(Api api, String airport, String carrier) {
        List<WalkCaller> callers = new ArrayList<>();
        callers.add(new WalkCaller("anonymous", Set.of(), null, false));
        for (String role : MACHINE_ROLES) {
            boolean needsCarrier = role.equals("manifest-submitter");
            callers.add(client(api, role + "@" + airport, role, needsCarrier ? List.of(carrier) : List.of(), List.of(airport)));
            callers.add(client(api, role + "@" + carrier, role, List.of(carrier), List.of()));
            if (!needsCarrier && !role.equals("capture-device") && !role.equals("partner")) {
                callers.add(client(api, role + "@none", role, List.of(), List.of()));
            }
        }
        callers.add(client(api, "admin-client", "admin", List.of(), List.of()).unlimitedOne());
        for (String role : PORTAL_ROLES) {
            String username = "walk." + role + "." + airport.toLowerCase();
            callers.add(new WalkCaller("person:" + role + "@" + airport, Set.of(role),
                    api.person(username, List.of(role), List.of(airport)), false));
        }
        callers.add(new WalkCaller("person:admin", Set.of("admin"), Api.admin(), true));
        return callers;
    }

    private WalkCaller unlimitedOne() {
        return new WalkCaller(name, roles, authorization, true);
    }

    private static WalkCaller client(Api api, String name, String role, List<String> carriers, List<String> airports) {
        JsonArrayBuilder roles = Json.createArrayBuilder().add(role);
        var scope = Json.createObjectBuilder().add("carriers", Json.createArrayBuilder(carriers))
                .add("airports", Json.createArrayBuilder(airports));
        if (role.equals("partner")) {
            scope.add("partners", Json.createArrayBuilder().add(FOREIGN_PARTNER));
        }
        String body = Json.createObjectBuilder().add("name", "walk " + name).add("roles", roles).add("scope", scope).build().toString();
        Api.Reply issued = api.postJson("api/v1/admin/clients", Api.admin(), body);
        if (issued.status() != 201) {
            throw new IllegalStateException("client not issued: " + issued.status() + " " + issued.body());
        }
        return new WalkCaller("client:" + name, Set.of(role), Api.bearer(issued.json().getString("token")), false);
    }
}
