package org.opentvs.security.control;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-facing security headers on every response, before anything else runs: no sniffing,
 * no framing, same-origin referrers, HSTS when the request came over TLS, and a Content Security
 * Policy. The portal's policy is {@code primefaces.CSP_POLICY} (web.xml); on Faces pages PrimeFaces
 * sends it again with the page's script nonce, which then replaces the nonce-less one set here (one
 * header, never two that would intersect). The API, which serves no pages, gets {@link #API_POLICY}.
 */
public class SecurityHeaders implements Filter {

    static final String CSP = "Content-Security-Policy";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private String portalPolicy;

    @Override
    public void init(FilterConfig config) {
        portalPolicy = config.getServletContext().getInitParameter("primefaces.CSP_POLICY");
        if (portalPolicy == null || !portalPolicy.contains("frame-ancestors")) {
            throw new IllegalStateException("web.xml must set primefaces.CSP_POLICY with frame-ancestors");
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        out.setHeader("X-Content-Type-Options", "nosniff");
        out.setHeader("X-Frame-Options", "DENY");
        out.setHeader("Referrer-Policy", "same-origin");
        out.setHeader(CSP, api(http) ? API_POLICY : portalPolicy);
        if (request.isSecure()) {
            out.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new OnePolicy(out));
    }

    static boolean api(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/metrics") || path.startsWith("/openapi") || path.startsWith("/health");
    }

    /** A response on which adding a policy replaces the one there. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
