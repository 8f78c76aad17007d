package org.opentvs.security.control;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;

/**
 * The portal's form login ({@code authc}): Shiro's form filter, keyed by the connection's address,
 * that answers a locked account or address with 429 and {@code Retry-After} and tells the login page
 * why ({@code loginRefused}: the advice to show).
 */
public class PortalLoginFilter extends FormAuthenticationFilter {

    @Override
    protected String getHost(ServletRequest request) {
        return request.getRemoteAddr();
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
            ServletResponse response) {
        if (e instanceof LoginThrottled throttled) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(429);
            http.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            request.setAttribute("loginRefused", throttled.advice());
        } else {
            request.setAttribute("loginRefused", "The user name or password was not accepted.");
        }
        return super.onLoginFailure(token, e, request, response);
    }
}
