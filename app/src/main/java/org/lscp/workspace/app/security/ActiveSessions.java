package org.lscp.workspace.app.security;

import org.lscp.workspace.domain.shared.audit.Audit;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.partnership.model.OpenSession;
import org.lscp.workspace.domain.partnership.model.SessionEnd;
import org.lscp.workspace.domain.partnership.port.in.SessionsUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.partnership.port.out.MemberSessions;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Each member's open HTTP sessions on this node: listed for the member and their admin (device, address, since),
 * and ended one by one, all but the current one (a changed password) or all (deactivation, changed roles). Their
 * next request finds no session and goes to the sign-in page. Every ending — signed out, ended by someone, idle or
 * past its lifetime — is written to the audit trail with who ended it and why, from {@link #sessionDestroyed}; the
 * sessions a stopping server drops are not (they were not ended by anyone).
 */
@Component
class ActiveSessions implements MemberSessions, HttpSessionListener {
    private static final String OPENED = ActiveSessions.class.getName() + ".opened";
    private static final String ENDING = ActiveSessions.class.getName() + ".ending";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the session holds about itself: whose it is and where it came from (serialisable with the session). */
    record Opened(long partnership, long member, String name, String handle, String device, String address,
                  Instant since) implements Serializable {
        OpenSession seenFrom(@Nullable String currentId, HttpSession session) {
            return new OpenSession(handle, device, address, since, session.getId().equals(currentId));
        }
    }

    /** Why the session is ending, kept in it until it has ended (serialisable with the session). */
    record Ending(@Nullable Long by, String byName, String why) implements Serializable {
        static Ending of(SessionEnd end) {
            return new Ending(end.by() == null ? null : end.by().value(), end.byName(), end.why());
        }

        SessionEnd end() {
            return new SessionEnd(by == null ? null : new MemberId(by), byName, why);
        }
    }

    private final Map<MemberId, Set<HttpSession>> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Supplier<SignInUseCase> signIn;
    private final Supplier<SessionsUseCase> audit;
    private volatile boolean stopping;

    @org.springframework.beans.factory.annotation.Autowired
    ActiveSessions(Clock clock, ObjectProvider<SignInUseCase> signIn, ObjectProvider<SessionsUseCase> audit) {
        this(clock, (Supplier<SignInUseCase>) signIn::getObject, (Supplier<SessionsUseCase>) audit::getObject);
    }

    ActiveSessions(Clock clock, Supplier<SignInUseCase> signIn, Supplier<SessionsUseCase> audit) {
        this.clock = clock;
        this.signIn = signIn;
        this.audit = audit;
    }

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof MemberPrincipal member
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            Optional<Actor> actor = signIn.get().actorFor(member.id());
            if (actor.isEmpty()) return;
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession();
            session.setAttribute(OPENED, new Opened(actor.get().partnershipId().value(), member.memberId(),
                    actor.get().name(), newHandle(), Devices.describe(request.getHeader("User-Agent")),
                    request.getRemoteAddr(), clock.instant()));
            sessions.computeIfAbsent(member.id(), id -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    /** Open sessions on this node, for the operators (workspace.sessions.open). */
    int openSessions() {
        return sessions.values().stream().mapToInt(Set::size).sum();
    }

    @EventListener(ContextClosedEvent.class)
    void onStop() {
        stopping = true;
    }

    /** Says why the session is about to end and by whom, for the audit trail; the first reason given stands. */
    static void ending(HttpSession session, SessionEnd end) {
        try {
            if (session.getAttribute(ENDING) == null) session.setAttribute(ENDING, Ending.of(end));
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile
        }
    }

    /** The member is signing out of this session. */
    static void signingOut(@Nullable HttpSession session) {
        if (session != null && opened(session) instanceof Opened opened) {
            ending(session, new SessionEnd(new MemberId(opened.member()), opened.name(), SessionEnd.SIGNED_OUT));
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (!(opened(session) instanceof Opened opened)) return;
        MemberId member = new MemberId(opened.member());
        sessions.computeIfPresent(member, (id, open) -> {
            open.remove(session);
            return open.isEmpty() ? null : open;
        });
        if (stopping) return;
        SessionEnd end = session.getAttribute(ENDING) instanceof Ending given ? given.end()
                : SessionEnd.bySystem(Audit.SYSTEM, SessionEnd.IDLE);
        audit.get().ended(new PartnershipId(opened.partnership()), member, opened.seenFrom(null, session), end);
    }

    @Override
    public List<OpenSession> openSessionsOf(MemberId member) {
        String current = currentSessionId();
        return sessions.getOrDefault(member, Set.of()).stream()
                .map(session -> opened(session) instanceof Opened opened ? opened.seenFrom(current, session) : null)
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(OpenSession::since).reversed())
                .toList();
    }

    @Override
    public boolean end(MemberId member, String handle, SessionEnd end) {
        for (HttpSession session : sessions.getOrDefault(member, Set.of())) {
            if (opened(session) instanceof Opened opened && opened.handle().equals(handle)) {
                invalidate(session, end);
                return true;
            }
        }
        return false;
    }

    @Override
    public void endAllSessionsOf(MemberId member, SessionEnd end) {
        Set<HttpSession> open = sessions.remove(member);
        if (open == null) return;
        open.forEach(session -> invalidate(session, end));
    }

    /**
     * Ends the member's sessions on this node except the one serving the current request (e.g. the member who
     * just changed their password stays signed in there, and only there).
     */
    @Override
    public void endOtherSessionsOf(MemberId member, SessionEnd end) {
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
            invalidate(session, end);
        }
    }

    private static void invalidate(HttpSession session, SessionEnd end) {
        ending(session, end);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile
        }
    }

    private static @Nullable Opened opened(HttpSession session) {
        try {
            return session.getAttribute(OPENED) instanceof Opened opened ? opened : null;
        } catch (IllegalStateException alreadyInvalid) {
            return null;
        }
    }

    private static String newHandle() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The session of the request being served: over HTTP, or over Vaadin's push connection. */
    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getSession(false) instanceof HttpSession session) {
            return session.getId();
        }
        VaadinSession vaadin = VaadinSession.getCurrent();
        return vaadin == null || vaadin.getSession() == null ? null : vaadin.getSession().getId();
    }
}
