package org.opentvs.security.control;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.util.Arrays;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.AuthorizationFilter;

/**
 * Portal areas open to callers holding any one of the listed roles ({@code anyRole[officer, admin]}),
 * where Shiro's own {@code roles} filter would demand all of them. Others get 403 (after login).
 */
public class AnyRoleFilter extends AuthorizationFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        String[] roles = (String[]) mappedValue;
        if (roles == null || roles.length == 0) {
            return true;
        }
        Subject subject = getSubject(request, response);
        return Arrays.stream(roles).map(String::trim).anyMatch(subject::hasRole);
    }
}
