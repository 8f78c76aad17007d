package org.opentvs.security.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * The authenticated principal: a person (portal, admin API), a machine client (bearer token) or one of
 * the server's own ingestion channels (file inbox, JMS), which carry no token.
 */
public record Caller(String id, String name, Kind kind, Set<String> roles, Scope scope) implements Serializable {

    public enum Kind { PERSON, CLIENT, SYSTEM }

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** How the audit trail names this caller: no personal data beyond the account name. */
    public String auditName() {
        return switch (kind) {
            case PERSON -> "user:" + name;
            case CLIENT -> "client:" + id;
            case SYSTEM -> "system:" + id;
        };
    }

    @Override
    public String toString() {
        return auditName();
    }
}
