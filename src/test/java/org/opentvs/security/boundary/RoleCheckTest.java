package org.opentvs.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleCheckTest {

    static class Resource {

        public String undeclared() {
            return "open?";
        }

        @Roles({})
        public String empty() {
            return "open?";
        }

        @Roles({"officer", "admin"})
        public String officers() {
            return "ok";
        }
    }

    private static Optional<RoleCheck.Refusal> call(String method, boolean authenticated, String role) throws NoSuchMethodException {
        Method m = Resource.class.getMethod(method);
        return RoleCheck.refusal(m, authenticated, role::equals);
    }

    @Test
    void aMethodWithoutDeclaredRolesIsRefusedToEveryone() throws Exception {
        assertEquals(403, call("undeclared", true, "admin").orElseThrow().status(), "deny by default, even an administrator");
        assertEquals(403, call("empty", true, "admin").orElseThrow().status());
        assertEquals(403, RoleCheck.refusal(null, true, r -> true).orElseThrow().status());
    }

    @Test
    void declaredRolesAdmitAnyOneOfThem() throws Exception {
        assertTrue(call("officers", true, "officer").isEmpty());
        assertTrue(call("officers", true, "admin").isEmpty());
        assertEquals(403, call("officers", true, "capture-device").orElseThrow().status());
        assertEquals(401, call("officers", false, "officer").orElseThrow().status());
    }
}
