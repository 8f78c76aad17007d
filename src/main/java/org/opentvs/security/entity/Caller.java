package org.opentvs.security.entity;

import java.io.Serializable;
import java.util.Set;

/** The authenticated principal: a person (portal, admin API) or a machine client (bearer token). */
public record Caller(String id, String name, Kind kind, Set<String> roles, Scope scope) implements Serializable {

    public enum Kind { PERSON, CLIENT }

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** How the audit trail names this caller: no personal data beyond the account name. */
    public String auditName() {
        return (kind == Kind.PERSON ? "user:" : "client:") + (kind == Kind.PERSON ? name : id);
    }

    @Override
    public String toString() {
        return auditName();
    }
}
