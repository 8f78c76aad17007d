package org.opentvs.security.control;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.AuthenticatingFilter;

/**
 * Authenticates API calls: {@code Authorization: Bearer <token>} for machines, HTTP Basic for
 * administrators' scripts, or an existing portal session. Anything else is a 401 with the JSON
 * error body of API.md; a locked account or address is a 429 with {@code Retry-After}. Roles are
 * checked per resource method, not here.
 */
public class ApiAuthenticationFilter extends AuthenticatingFilter {

    private static final String HEADER = "Authorization";

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        return subject.isAuthenticated() && authorization(request) == null;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        if (authorization(request) == null) {
            return refuse(response, "Credentials are required: a bearer token or HTTP Basic");
        }
        try {
            AuthenticationToken token = createToken(request, response);
            getSubject(request, response).login(token);
            return true;
        } catch (LoginThrottled e) {
            return throttled(response, e);
        } catch (AuthenticationException | IllegalArgumentException e) {
            return refuse(response, "The credentials were not accepted");
        }
    }

    @Override
    protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
        String header = authorization(request);
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String value = space < 0 ? "" : header.substring(space + 1).trim();
        if ("Bearer".equalsIgnoreCase(scheme)) {
            return new BearerToken(value, request.getRemoteAddr());
        }
        if ("Basic".equalsIgnoreCase(scheme)) {
            String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("malformed Basic credentials");
            }
            return new UsernamePasswordToken(decoded.substring(0, colon), decoded.substring(colon + 1), false, request.getRemoteAddr());
        }
        throw new IllegalArgumentException("unsupported authorization scheme");
    }

    private static String authorization(ServletRequest request) {
        String header = ((HttpServletRequest) request).getHeader(HEADER);
        return header == null || header.isBlank() ? null : header.trim();
    }

    private static boolean throttled(ServletResponse response, LoginThrottled e) throws IOException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(429);
        http.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        http.setContentType("application/json");
        http.setCharacterEncoding("UTF-8");
        http.getWriter().write("{\"error\":\"TOO_MANY_FAILED_LOGINS\",\"message\":\"" + e.advice()
                + "\",\"retryAfterSeconds\":" + e.retryAfterSeconds() + "}");
        return false;
    }

    private static boolean refuse(ServletResponse response, String message) throws IOException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        http.setHeader("WWW-Authenticate", "Bearer realm=\"opentvs\", Basic realm=\"opentvs\"");
        http.setContentType("application/json");
        http.setCharacterEncoding("UTF-8");
        http.getWriter().write("{\"error\":\"UNAUTHENTICATED\",\"message\":\"" + message + "\"}");
        return false;
    }
}
