package org.opentvs.security.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.opentvs.security.control.AppUsers;

/** One user as {@code GET /admin/users} lists it; the roles and scope lists are the stored comma-separated text. */
@JsonbPropertyOrder({"id", "username", "roles", "carriers", "airports", "ports", "enabled", "createdAt", "partners"})
public record UserReply(String id, String username, String roles, String carriers, String airports, String ports, boolean enabled,
        String createdAt, String partners) {

    static UserReply of(AppUsers.Listed u) {
        return new UserReply(u.id(), u.username(), u.roles(), u.carriers(), u.airports(), u.ports(), u.enabled(), u.createdAt(),
                u.partners());
    }
}
