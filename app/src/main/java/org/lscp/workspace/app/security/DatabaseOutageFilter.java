package org.lscp.workspace.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lscp.workspace.domain.shared.StorageUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The database not answering outside a page (while signing in, say, where the sessions are recorded): a 503 that
 * says so in words and asks the browser to try again shortly, rather than a server error. On a page, the workspace's
 * own page and notifications say it (DatabaseNotAnsweringView, UiSetup).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            StorageUnavailableException away = find(failure);
            if (away == null || response.isCommitted()) throw failure;
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "10");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>"
                    + "Try again in a moment</title></head><body><main><h1>Try again in a moment</h1><p>"
                    + HtmlUtils.htmlEscape(away.getMessage()) + "</p><p><a href=\"" + request.getContextPath()
                    + "/\">Try again</a></p></main></body></html>");
        }
    }

    private static StorageUnavailableException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageUnavailableException away) return away;
        }
        return null;
    }
}
