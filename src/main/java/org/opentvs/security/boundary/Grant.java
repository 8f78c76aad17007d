package org.opentvs.security.boundary;

import java.util.Set;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.security.entity.Role;
import org.opentvs.security.entity.Scope;

/** The roles and scope requested for a new user or machine client, validated as one. */
record Grant(Set<String> roles, Scope scope) {

    static Grant of(JsonBody json) {
        Set<String> roles = Set.copyOf(json.strings("roles"));
        if (roles.isEmpty()) {
            throw json.invalid("roles", "must name at least one role");
        }
        roles.stream().filter(r -> !Role.ALL.contains(r)).findFirst()
                .ifPresent(r -> { throw json.invalid("roles", "names an unknown role: " + r); });
        JsonBody scope = json.optionalObject("scope").orElse(JsonBody.parse("{}"));
        return new Grant(roles, new Scope(Set.copyOf(scope.strings("carriers")), Set.copyOf(scope.strings("airports")),
                Set.copyOf(scope.strings("ports"))));
    }
}
