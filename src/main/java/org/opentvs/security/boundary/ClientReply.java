package org.opentvs.security.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.opentvs.security.control.ApiClients;

/**
 * One machine client as {@code GET /admin/clients} lists it; the roles and scope lists are the stored comma-separated text,
 * {@code expiresAt} and {@code lastUsedAt} are {@code null} when it has none.
 */
@JsonbPropertyOrder({"id", "name", "roles", "carriers", "airports", "ports", "partners", "createdAt", "revoked", "expired", "expiresAt",
        "lastUsedAt"})
public record ClientReply(String id, String name, String roles, String carriers, String airports, String ports, String partners,
        String createdAt, boolean revoked, boolean expired, @JsonbNillable String expiresAt, @JsonbNillable String lastUsedAt) {

    static ClientReply of(ApiClients.Listed c) {
        return new ClientReply(c.id(), c.name(), c.roles(), c.carriers(), c.airports(), c.ports(), c.partners(), c.createdAt(),
                c.revoked(), c.expired(), c.expiresAt(), c.lastUsedAt());
    }
}
