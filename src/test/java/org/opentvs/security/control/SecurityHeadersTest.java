package org.opentvs.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filter on its own; the headers on the real portal are checked by PortalFrontDoorIT. */
class SecurityHeadersTest {

    private static final String POLICY = "default-src 'self'; frame-ancestors 'none'; script-src 'self'";

    private final Map<String, String> headers = new LinkedHashMap<>();

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    } else if (method.getName().equals("addHeader")) {
                        headers.merge((String) args[0], (String) args[1], (a, b) -> a + ", " + b);
                    }
                    return null;
                });
    }

    private static HttpServletRequest request(String uri, boolean secure) {
        return (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "isSecure" -> secure;
                    default -> null;
                });
    }

    private SecurityHeaders filter() {
        ServletContext context = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ServletContext.class}, (proxy, method, args) -> method.getName().equals("getInitParameter") ? POLICY : null);
        FilterConfig config = (FilterConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{FilterConfig.class}, (proxy, method, args) -> method.getName().equals("getServletContext") ? context : null);
        SecurityHeaders f = new SecurityHeaders();
        f.init(config);
        return f;
    }

    @Test
    void hstsOnlyOverTls() throws Exception {
        filter().doFilter(request("/index.xhtml", false), response(), (req, res) -> {});
        assertFalse(headers.containsKey("Strict-Transport-Security"));
        filter().doFilter(request("/index.xhtml", true), response(), (req, res) -> {});
        assertEquals(SecurityHeaders.HSTS, headers.get("Strict-Transport-Security"));
    }

    @Test
    void portalAndApiPoliciesAndTheUsualHeaders() throws Exception {
        filter().doFilter(request("/reports/dashboard.xhtml", false), response(), (req, res) -> {});
        assertEquals(POLICY, headers.get("Content-Security-Policy"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
        filter().doFilter(request("/api/v1/crossings", false), response(), (req, res) -> {});
        assertEquals(SecurityHeaders.API_POLICY, headers.get("Content-Security-Policy"));
    }

    @Test
    void thePageNoncePolicyReplacesTheDefaultInsteadOfIntersectingWithIt() throws Exception {
        filter().doFilter(request("/index.xhtml", false), response(),
                (req, res) -> ((HttpServletResponse) res).addHeader("Content-Security-Policy", POLICY + " 'nonce-abc';"));
        assertEquals(POLICY + " 'nonce-abc';", headers.get("Content-Security-Policy"));
        assertTrue(SecurityHeaders.api(request("/health/ready", false)));
    }
}
