package org.lscp.workspace.app.security;

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
 * roles) ends them at once. Their next request finds no session and Vaadin sends them to the login view.
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

    int openSessionsOf(MemberId member) {
        return sessions.getOrDefault(member, Set.of()).size();
    }
}
