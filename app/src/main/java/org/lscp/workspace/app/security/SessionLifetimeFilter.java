package org.lscp.workspace.app.security;

import org.lscp.workspace.domain.shared.audit.Audit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.partnership.model.SessionEnd;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An absolute lifetime beside the 30-minute idle limit ({@code workspace.session.lifetime}, 12 hours by default): an
 * older session is ended, however busy, and the member signs in again with both factors. Ages are the servlet
 * container's, in real time.
 */
public class SessionLifetimeFilter extends OncePerRequestFilter {
    private final Duration lifetime;
    private final java.util.function.LongSupplier containerMillis;

    public SessionLifetimeFilter(Duration lifetime) {
        // the container stamps a session's creation with its own real time (not the workspace's clock, which a
        // demo may set to another day), so its age is measured on the same clock
        this(lifetime, System::currentTimeMillis);
    }

    SessionLifetimeFilter(Duration lifetime, java.util.function.LongSupplier containerMillis) {
        this.lifetime = lifetime;
        this.containerMillis = containerMillis;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && containerMillis.getAsLong() - session.getCreationTime() > lifetime.toMillis()) {
            ActiveSessions.ending(session, SessionEnd.bySystem(Audit.SYSTEM, SessionEnd.LIFETIME));
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (request.getParameter("v-r") != null) {
                // Vaadin's own request: answer as for an ended session, and its client goes to the sign-in page
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
