package org.opentvs.security.control;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.AuthorizationFilter;

/**
 * Portal areas open to callers holding any one of the listed roles ({@code anyRole[officer, admin]}),
 * where Shiro's own {@code roles} filter would demand all of them. A bare {@code anyRole} admits
 * nobody (deny by default: such a page answers 404). Signed-in people without a listed role get 403.
 */
public class AnyRoleFilter extends AuthorizationFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        String[] roles = (String[]) mappedValue;
        if (roles == null || roles.length == 0) {
            return false;
        }
        Subject subject = getSubject(request, response);
        return Arrays.stream(roles).map(String::trim).anyMatch(subject::hasRole);
    }

    /** A page no role is named for does not exist to anyone (404); a named area refuses others with 403. */
    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response, Object mappedValue) throws IOException {
        String[] roles = (String[]) mappedValue;
        if (getSubject(request, response).getPrincipal() == null) {
            saveRequestAndRedirectToLogin(request, response);
        } else {
            ((HttpServletResponse) response).sendError(roles == null || roles.length == 0
                    ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }
}
