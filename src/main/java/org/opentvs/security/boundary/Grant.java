package org.opentvs.security.boundary;

import java.util.List;
import java.util.Set;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.FieldLimit;
import org.opentvs.security.entity.Role;
import org.opentvs.security.entity.Scope;

/** The roles and scope requested for a new user or machine client, validated as one. */
record Grant(Set<String> roles, Scope scope) {

    /** The longest role name a request may carry. */
    static final int MAX_ROLE = 40;

    static Grant of(List<String> requestedRoles, ScopeRequest requestedScope) {
        Set<String> roles = Set.copyOf(requestedRoles);
        if (roles.isEmpty()) {
            throw ApiException.invalidField("roles", "must name at least one role");
        }
        roles.stream().filter(r -> !Role.ALL.contains(r)).findFirst()
                .ifPresent(r -> {
                    throw ApiException.invalidField("roles", "names an unknown role: " + r);
                });
        Set<String> partners = codes(requestedScope.partners(), "partners");
        partners.stream().filter(p -> !p.toUpperCase().matches("[A-Z]{3}")).findFirst()
                .ifPresent(p -> {
                    throw ApiException.invalidField("scope.partners", "names a country that is not ISO 3166 alpha-3 (e.g. CAN): " + p);
                });
        return new Grant(roles, new Scope(codes(requestedScope.carriers(), "carriers"), codes(requestedScope.airports(), "airports"),
                codes(requestedScope.ports(), "ports"), partners));
    }

    private static Set<String> codes(List<String> requested, String field) {
        Set<String> codes = Set.copyOf(requested);
        if (!FieldLimit.SCOPE_CODES.admits(Scope.format(codes))) {
            throw ApiException.invalidField("scope." + field,
                    "lists more codes than fit in " + FieldLimit.SCOPE_CODES.maxLength() + " characters");
        }
        return codes;
    }

}
