package org.opentvs.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;

class GrantTest {

    private static Grant user(String json) {
        UserRequest request = read(UserRequest.class, json);
        return Grant.of(request.roles(), request.scope());
    }

    private static Grant client(String json) {
        ClientRequest request = read(ClientRequest.class, json);
        return Grant.of(request.roles(), request.scope());
    }

    private static <T extends Record> T read(Class<T> type, String json) {
        return JsonRequestReader.readOrRefuse(type, json);
    }

    private static ApiException refusedUser(String json) {
        return assertThrows(ApiException.class, () -> user(json));
    }

    private static void assertRefused(int status, String code, String field, String message, ApiException e) {
        assertEquals(status, e.status(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(field, e.details().get("field"), e.getMessage());
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
    }

    private static String user(String username, String password, String rest) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"" + rest + "}";
    }

    @Test
    void aUserWithRolesAndScopeIsReadWithCodesInUpperCase() {
        UserRequest request = read(UserRequest.class,
                user(" jane.doe@cbp ", "long-enough-pw-1", ",\"roles\":[\" officer \",\"officer\"],\"scope\":{\"ports\":[\"jfk\"]}"));
        assertEquals("jane.doe@cbp", request.username());
        Grant grant = Grant.of(request.roles(), request.scope());
        assertEquals(Set.of("officer"), grant.roles());
        assertEquals(Set.of("JFK"), grant.scope().ports());
        assertEquals(Set.of(), grant.scope().carriers());
        assertEquals(Set.of(), client("{\"name\":\"feed\",\"roles\":[\"auditor\"],\"scope\":null}").scope().ports());
    }

    @Test
    void usernamesAndPasswordsAreRefusedAsBefore() {
        assertRefused(422, "INVALID_FIELD", "username", "Field 'username' is required",
                refusedUser("{\"password\":\"long-enough-pw-1\",\"roles\":[\"officer\"]}"));
        assertRefused(422, "INVALID_FIELD", "username", "Field 'username' must be 3 to 100 letters, digits or . _ @ -",
                refusedUser(user("jane doe", "long-enough-pw-1", ",\"roles\":[\"officer\"]")));
        assertRefused(422, "INVALID_FIELD", "username", "Field 'username' may have at most 100 characters",
                refusedUser(user("j".repeat(101), "long-enough-pw-1", ",\"roles\":[\"officer\"]")));
        assertRefused(422, "INVALID_FIELD", "password", "Field 'password' must have at least 12 characters",
                refusedUser(user("jane", "  short-pw  ", ",\"roles\":[\"officer\"]")));
        assertRefused(422, "INVALID_FIELD", "password", "Field 'password' may have at most 200 characters",
                refusedUser(user("jane", "p".repeat(201), ",\"roles\":[\"officer\"]")));
        assertRefused(422, "INVALID_FIELD", "password", "Field 'password' is required", refusedUser("{\"username\":\"jane\"}"));
    }

    @Test
    void rolesAndScopesAreRefusedWithTheFieldNamed() {
        assertRefused(422, "INVALID_FIELD", "roles", "Field 'roles' must name at least one role",
                refusedUser(user("jane", "long-enough-pw-1", "")));
        assertRefused(422, "INVALID_FIELD", "roles", "Field 'roles' names an unknown role: pilot",
                refusedUser(user("jane", "long-enough-pw-1", ",\"roles\":[\"officer\",\"pilot\"]")));
        assertRefused(422, "INVALID_FIELD", "roles[1]", "Field 'roles[1]' may have at most 40 characters",
                refusedUser(user("jane", "long-enough-pw-1", ",\"roles\":[\"officer\",\"" + "r".repeat(41) + "\"]")));
        assertRefused(422, "INVALID_FIELD", "roles", "Field 'roles' must be an array",
                refusedUser(user("jane", "long-enough-pw-1", ",\"roles\":\"officer\"")));
        assertRefused(422, "INVALID_FIELD", "scope.carriers[0]", "Field 'scope.carriers[0]' may have at most 3 characters",
                refusedUser(user("jane", "long-enough-pw-1", ",\"roles\":[\"officer\"],\"scope\":{\"carriers\":[\"ABCD\"]}")));
        assertRefused(422, "INVALID_FIELD", "scope.partners",
                "Field 'scope.partners' names a country that is not ISO 3166 alpha-3 (e.g. CAN): C1",
                refusedUser(user("jane", "long-enough-pw-1", ",\"roles\":[\"partner\"],\"scope\":{\"partners\":[\"C1\"]}")));
        StringBuilder ports = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            ports.append(i == 0 ? "" : ",").append("\"P").append(1000 + i).append('"');
        }
        assertRefused(422, "INVALID_FIELD", "scope.ports", "Field 'scope.ports' lists more codes than fit in 1000 characters",
                refusedUser(user("jane", "long-enough-pw-1", ",\"roles\":[\"officer\"],\"scope\":{\"ports\":[" + ports + "]}")));
        assertRefused(422, "INVALID_FIELD", "scope", "Field 'scope' must be an object",
                refusedUser(user("jane", "long-enough-pw-1", ",\"roles\":[\"officer\"],\"scope\":[]")));
        assertRefused(400, "UNKNOWN_FIELD", "scope.gates", null,
                refusedUser(user("jane", "long-enough-pw-1", ",\"roles\":[\"officer\"],\"scope\":{\"gates\":[\"B2\"]}")));
        assertRefused(400, "UNKNOWN_FIELD", "role", null, refusedUser(user("jane", "long-enough-pw-1", ",\"role\":[\"officer\"]")));
    }

    @Test
    void clientsNeedANameNoLongerThanItsColumn() {
        assertRefused(422, "INVALID_FIELD", "name", "Field 'name' is required",
                assertThrows(ApiException.class, () -> client("{\"name\":\"  \",\"roles\":[\"auditor\"]}")));
        assertRefused(422, "INVALID_FIELD", "name", "Field 'name' may have at most 200 characters",
                assertThrows(ApiException.class, () -> client("{\"name\":\"" + "N".repeat(201) + "\",\"roles\":[\"auditor\"]}")));
        assertRefused(422, "INVALID_FIELD", "expiresAt", "Field 'expiresAt' may have at most 40 characters",
                assertThrows(ApiException.class,
                        () -> client("{\"name\":\"n\",\"roles\":[\"auditor\"],\"expiresAt\":\"" + "2".repeat(41) + "\"}")));
        assertRefused(422, "INVALID_FIELD", "expiresAt", "Field 'expiresAt' must be a string",
                assertThrows(ApiException.class, () -> client("{\"name\":\"n\",\"roles\":[\"auditor\"],\"expiresAt\":2027}")));
        assertEquals("2027-01-31T00:00:00+01:00",
                read(ClientRequest.class, "{\"name\":\"n\",\"roles\":[\"auditor\"],\"expiresAt\":\" 2027-01-31T00:00:00+01:00 \"}")
                        .expiresAt());
    }
}
