package org.opentvs.platform.boundary;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * On the container's error dispatch: an error of an API path keeps the JSON error body of API.md
 * ({@code {"error", "message"}}) instead of the portal's error page, which every other path gets.
 */
public class ApiErrorPages implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String context = ((HttpServletRequest) request).getContextPath();
        String path = uri == null ? "" : uri.toString().substring(Math.min(context.length(), uri.toString().length()));
        if (!path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(status);
        http.setContentType("application/json");
        http.setCharacterEncoding("UTF-8");
        http.getWriter().write("{\"error\":\"" + (status == 404 ? "NOT_FOUND" : status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED")
                + "\",\"message\":\"" + (status >= 500 ? "Unexpected fault" : "Request refused with status " + status) + "\"}");
    }
}
