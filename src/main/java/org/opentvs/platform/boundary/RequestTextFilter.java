package org.opentvs.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.opentvs.platform.control.Json;

/**
 * Refuses API requests whose text cannot be read as sent, before JAX-RS sees them (it would answer
 * with the container's HTML page or fail while reading): a malformed Content-Type is a 400, a
 * charset this runtime does not know a 415, a NUL in the path or a query parameter a 400 naming
 * the parameter (PostgreSQL cannot store or compare it), a query string that is not well
 * percent-encoded a 400. Every refusal has the API's JSON error body.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestTextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String refusal = refusal(request, response);
        if (refusal == null) {
            chain.doFilter(request, response);
        } else {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(refusal);
        }
    }

    private static String refusal(HttpServletRequest request, HttpServletResponse response) {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !contentType.isBlank()) {
            try {
                MediaType.valueOf(contentType);
            } catch (IllegalArgumentException e) {
                return refuse(response, 400, "BAD_REQUEST", "The Content-Type header is malformed", null);
            }
        }
        String charset = charset(contentType);
        if (charset != null && !supported(charset)) {
            return refuse(response, 415, "UNSUPPORTED_CHARSET", "The charset '" + printable(charset) + "' is not supported; send UTF-8",
                    null);
        }
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                String name;
                String value;
                try {
                    name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                    value = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
                } catch (IllegalArgumentException e) {
                    return refuse(response, 400, "BAD_REQUEST", "The query string is not well percent-encoded", null);
                }
                if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                    return refuse(response, 400, "NUL_CHARACTER", "Query parameter '" + printable(name) + "' contains a NUL character",
                            printable(name));
                }
            }
        }
        String uri = request.getRequestURI();
        if (uri.contains("%00") || uri.indexOf('\0') >= 0) {
            return refuse(response, 400, "NUL_CHARACTER", "The path contains a NUL character", null);
        }
        return null;
    }

    private static String refuse(HttpServletResponse response, int status, String code, String message, String parameter) {
        response.setStatus(status);
        var body = Json.createObjectBuilder().add("error", code).add("message", message);
        if (parameter != null) {
            body.add("parameter", parameter);
        }
        return body.build().toString();
    }

    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).trim();
                return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
            }
        }
        return null;
    }

    static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String printable(String text) {
        String shown = text.replaceAll("[^\\x20-\\x7E]", "?");
        return shown.length() <= 40 ? shown : shown.substring(0, 40) + "...";
    }
}
