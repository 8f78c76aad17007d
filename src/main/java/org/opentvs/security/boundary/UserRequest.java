package org.opentvs.security.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/**
 * A new portal user ({@code POST /api/v1/admin/users}): {@code username}, {@code password} (at least
 * {@value #MIN_PASSWORD} characters), {@code roles} and an optional {@code scope}; the roles and
 * scope are checked as one {@link Grant}.
 */
public record UserRequest(
        @NotNull @Limit(FieldLimit.USERNAME) @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "must be 3 to 100 letters, digits or . _ @ -") String username,
        @NotNull @Limit(chars = MAX_PASSWORD) @Size(min = MIN_PASSWORD, message = "must have at least {min} characters") String password,
        List<@Limit(chars = Grant.MAX_ROLE) String> roles,
        @Valid ScopeRequest scope) {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;

    public UserRequest {
        roles = roles == null ? List.of() : roles;
        scope = scope == null ? ScopeRequest.NONE : scope;
    }
}
