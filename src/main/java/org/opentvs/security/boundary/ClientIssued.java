package org.opentvs.security.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What {@code POST /admin/clients} answers: the new client's id, its token (shown this once), roles and expiry ({@code null}: none). */
@JsonbPropertyOrder({"id", "token", "roles", "expiresAt"})
public record ClientIssued(String id, String token, List<String> roles, @JsonbNillable Instant expiresAt) {

    static ClientIssued of(UUID id, String token, Set<String> roles, Instant expiresAt) {
        return new ClientIssued(id.toString(), token, List.copyOf(roles), expiresAt);
    }
}
