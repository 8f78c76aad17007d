package org.opentvs.security.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.opentvs.platform.boundary.ErrorBody;

/**
 * Runs before every resource method: 401 without a caller, 403 unless the caller holds one of the
 * method's {@link Roles}. Deny by default: a method that declares no roles is refused to everyone.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Subject subject = SecurityUtils.getSubject();
        refusal(resource.getResourceMethod(), subject.isAuthenticated(), subject::hasRole)
                .ifPresent(r -> request.abortWith(ErrorBody.response(r.status(), r.code(), r.message())));
    }

    record Refusal(int status, String code, String message) {
    }

    static Optional<Refusal> refusal(Method method, boolean authenticated, Predicate<String> holds) {
        Roles roles = method == null ? null : method.getAnnotation(Roles.class);
        if (roles == null || roles.value().length == 0) {
            LOG.warning(() -> "Refused a call of " + (method == null
                    ? "an unknown method"
                    : method.getDeclaringClass().getSimpleName()
                            + "." + method.getName())
                    + ": it declares no roles");
            return Optional.of(new Refusal(403, "FORBIDDEN", "This call is not open to any role"));
        }
        if (!authenticated) {
            return Optional.of(new Refusal(401, "UNAUTHENTICATED", "Credentials are required"));
        }
        if (Arrays.stream(roles.value()).noneMatch(holds)) {
            return Optional.of(new Refusal(403, "FORBIDDEN",
                    "This call needs one of the roles " + String.join(", ", roles.value())));
        }
        return Optional.empty();
    }
}
