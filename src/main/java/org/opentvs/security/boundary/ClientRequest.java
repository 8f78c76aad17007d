package org.opentvs.security.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/**
 * A new machine client ({@code POST /api/v1/admin/clients}): {@code name}, {@code roles}, an optional
 * {@code scope} and an optional {@code expiresAt} (an ISO-8601 date and time with offset, read by
 * {@link ClientsResource}); the roles and scope are checked as one {@link Grant}.
 */
public record ClientRequest(
        @NotNull @Limit(FieldLimit.CLIENT_NAME) String name,
        List<@Limit(chars = Grant.MAX_ROLE) String> roles,
        @Valid ScopeRequest scope,
        @Limit(chars = 40) String expiresAt) {

    public ClientRequest {
        roles = roles == null ? List.of() : roles;
        scope = scope == null ? ScopeRequest.NONE : scope;
    }
}
