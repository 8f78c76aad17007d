package org.opentvs.security.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.opentvs.platform.boundary.ErrorBody;

/** Refuses a call with 403 unless the Shiro subject holds one of the method's {@link Roles}. */
@Provider
@Roles({})
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Roles roles = resource.getResourceMethod().getAnnotation(Roles.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(Roles.class);
        }
        if (roles == null) {
            return;
        }
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            request.abortWith(ErrorBody.response(401, "UNAUTHENTICATED", "Credentials are required"));
            return;
        }
        boolean allowed = Arrays.stream(roles.value()).anyMatch(subject::hasRole);
        if (!allowed) {
            request.abortWith(ErrorBody.response(403, "FORBIDDEN",
                    "This call needs one of the roles " + String.join(", ", roles.value())));
        }
    }
}
