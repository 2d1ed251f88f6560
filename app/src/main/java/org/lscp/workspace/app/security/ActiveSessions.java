package org.lscp.workspace.app.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lscp.workspace.domain.partnership.port.out.MemberSessions;
import org.lscp.workspace.domain.shared.MemberId;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers each member's open HTTP sessions on this node so that deactivating a member (or changing their
 * roles or password) ends them at once. Their next request finds no session and Vaadin sends them to the login view.
 */
@Component
class ActiveSessions implements MemberSessions, HttpSessionListener {
    private static final String MEMBER = ActiveSessions.class.getName() + ".member";
    private final Map<MemberId, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof MemberPrincipal member
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession();
            session.setAttribute(MEMBER, member.id());
            sessions.computeIfAbsent(member.id(), id -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(MEMBER) instanceof MemberId member) {
            sessions.computeIfPresent(member, (id, open) -> {
                open.remove(event.getSession());
                return open.isEmpty() ? null : open;
            });
        }
    }

    @Override
    public void endAllSessionsOf(MemberId member) {
        Set<HttpSession> open = sessions.remove(member);
        if (open == null) return;
        for (HttpSession session : open) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
    }

    /**
     * Ends the member's sessions on this node except the one serving the current request (e.g. the member who
     * just changed their password stays signed in there, and only there).
     */
    @Override
    public void endOtherSessionsOf(MemberId member) {
        Set<HttpSession> open = sessions.get(member);
        if (open == null) return;
        String current = currentSessionId();
        for (HttpSession session : Set.copyOf(open)) {
            String id;
            try {
                id = session.getId();
            } catch (IllegalStateException alreadyInvalid) {
                open.remove(session);
                continue;
            }
            if (id.equals(current)) continue;
            open.remove(session);
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
    }

    /** The session of the request being served: over HTTP, or over Vaadin's push connection. */
    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getSession(false) instanceof HttpSession session) {
            return session.getId();
        }
        VaadinSession vaadin = VaadinSession.getCurrent();
        return vaadin == null || vaadin.getSession() == null ? null : vaadin.getSession().getId();
    }

    int openSessionsOf(MemberId member) {
        return sessions.getOrDefault(member, Set.of()).size();
    }
}
