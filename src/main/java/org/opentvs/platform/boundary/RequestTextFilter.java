package org.opentvs.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses requests whose text cannot be read as sent, before any resource sees them: a charset
 * this runtime does not know is a 415 (the body reader would fail on it), a NUL in the path or
 * a query parameter a 400 naming the parameter (PostgreSQL cannot store or compare it).
 */
@Provider
@PreMatching
public class RequestTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String charset = charset(request.getHeaderString("Content-Type"));
        if (charset != null && !supported(charset)) {
            throw new ApiException(415, "UNSUPPORTED_CHARSET", "The charset '" + printable(charset) + "' is not supported; send UTF-8",
                    Map.of());
        }
        MultivaluedMap<String, String> query;
        try {
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The query string is not well encoded");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
                String name = printable(parameter.getKey());
                throw new ApiException(400, "NUL_CHARACTER", "Query parameter '" + name + "' contains a NUL character",
                        Map.of("parameter", name));
            }
        }
        if (request.getUriInfo().getPath(true).indexOf('\0') >= 0) {
            throw new ApiException(400, "NUL_CHARACTER", "The path contains a NUL character", Map.of());
        }
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
        return shown.length() <= 40 ? shown : shown.substring(0, 40) + "…";
    }
}
