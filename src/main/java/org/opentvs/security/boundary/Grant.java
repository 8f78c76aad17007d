package org.opentvs.security.boundary;

import java.util.Set;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.boundary.JsonShape;
import org.opentvs.platform.control.FieldLimit;
import org.opentvs.security.entity.Role;
import org.opentvs.security.entity.Scope;

/** The roles and scope requested for a new user or machine client, validated as one. */
record Grant(Set<String> roles, Scope scope) {

    static final JsonShape.Field ROLES = JsonShape.text("roles", 40);
    static final JsonShape.Field SCOPE = JsonShape.object("scope", JsonShape.of(JsonShape.text("carriers", FieldLimit.CARRIER),
            JsonShape.text("airports", FieldLimit.LOCATION), JsonShape.text("ports", FieldLimit.LOCATION),
            JsonShape.text("partners", FieldLimit.COUNTRY)));

    static Grant of(JsonBody json) {
        Set<String> roles = Set.copyOf(json.strings("roles"));
        if (roles.isEmpty()) {
            throw json.invalid("roles", "must name at least one role");
        }
        roles.stream().filter(r -> !Role.ALL.contains(r)).findFirst()
                .ifPresent(r -> { throw json.invalid("roles", "names an unknown role: " + r); });
        JsonBody scope = json.optionalObject("scope").orElse(JsonBody.empty());
        Set<String> partners = codes(scope, "partners");
        partners.stream().filter(p -> !p.toUpperCase().matches("[A-Z]{3}")).findFirst()
                .ifPresent(p -> {
                    throw scope.invalid("partners", "names a country that is not ISO 3166 alpha-3 (e.g. CAN): " + p);
                });
        return new Grant(roles, new Scope(codes(scope, "carriers"), codes(scope, "airports"), codes(scope, "ports"), partners));
    }

    private static Set<String> codes(JsonBody scope, String field) {
        Set<String> codes = Set.copyOf(scope.strings(field));
        if (!FieldLimit.SCOPE_CODES.admits(Scope.format(codes))) {
            throw scope.invalid(field, "lists more codes than fit in " + FieldLimit.SCOPE_CODES.maxLength() + " characters");
        }
        return codes;
    }
}
