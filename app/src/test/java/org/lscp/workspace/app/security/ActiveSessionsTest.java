package org.lscp.workspace.app.security;

import org.lscp.workspace.domain.shared.audit.Audit;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.fixtures.MutableClock;
import org.lscp.workspace.domain.partnership.model.OpenSession;
import org.lscp.workspace.domain.partnership.model.SessionEnd;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.partnership.port.in.SessionsUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class ActiveSessionsTest {
    private static final MemberId DANA = new MemberId(7);
    private static final MemberId SAM = new MemberId(8);
    private static final PartnershipId ENFIELD = new PartnershipId(3);
    private static final Instant MONDAY_9 = Instant.parse("2026-12-07T09:00:00Z");
    private static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final String SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    record Ended(PartnershipId partnership, MemberId member, OpenSession session, SessionEnd end) {
    }

    private final List<Ended> audited = new ArrayList<>();
    private final MutableClock clock = new MutableClock(MONDAY_9);
    private final ActiveSessions sessions = new ActiveSessions(clock, () -> this.signIn, () -> this.audit);

    private final SignInUseCase signIn = new SignInUseCase() {
        @Override
        public SignInResult signIn(String email, String password, String address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Actor> actorFor(MemberId member) {
            return Optional.of(new Actor(member, "Member " + member.value(), ENFIELD, "Enfield", new AgencyId(1),
                    "Police", Set.of(Role.PRACTITIONER)));
        }
    };

    private final SessionsUseCase audit = new SessionsUseCase() {
        @Override public List<OpenSession> mine(Actor actor) { throw new UnsupportedOperationException(); }
        @Override public void endMine(Actor actor, String handle) { throw new UnsupportedOperationException(); }
        @Override public void endMyOtherSessions(Actor actor) { throw new UnsupportedOperationException(); }
        @Override public List<OpenSession> of(Actor admin, MemberId m) { throw new UnsupportedOperationException(); }
        @Override public void end(Actor admin, MemberId m, String h) { throw new UnsupportedOperationException(); }
        @Override public void endAll(Actor admin, MemberId m) { throw new UnsupportedOperationException(); }

        @Override
        public void ended(PartnershipId partnership, MemberId member, OpenSession session, SessionEnd end) {
            audited.add(new Ended(partnership, member, session, end));
        }
    };

    /** As the servlet container does: the listener hears of the ending while the session still holds its attributes. */
    private final class ContainerSession extends MockHttpSession {
        @Override
        public void invalidate() {
            sessions.sessionDestroyed(new HttpSessionEvent(this));
            super.invalidate();
        }
    }

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private MockHttpSession signIn(MemberId member, String userAgent, String address) {
        MockHttpSession session = new ContainerSession();
        MockHttpServletRequest request = serving(session);
        request.addHeader("User-Agent", userAgent);
        request.setRemoteAddr(address);
        sessions.onSignIn(new InteractiveAuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                new MemberPrincipal(member.value(), "m" + member.value() + "@example.org"), null, List.of()),
                ActiveSessionsTest.class));
        return session;
    }

    private MockHttpSession signIn(MemberId member) {
        return signIn(member, FIREFOX_ON_WINDOWS, "10.1.1.1");
    }

    private static MockHttpServletRequest serving(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }

    @Test
    void aMembersSessionsAreListedNewestFirstWithDeviceAddressAndTimeAndTheCurrentOneMarked() {
        MockHttpSession laptop = signIn(DANA, FIREFOX_ON_WINDOWS, "10.1.1.1");
        clock.set(MONDAY_9.plusSeconds(3600));
        signIn(DANA, SAFARI_ON_IPHONE, "10.2.2.2");
        signIn(SAM);

        serving(laptop);
        List<OpenSession> open = sessions.openSessionsOf(DANA);

        assertThat(open).extracting(OpenSession::device).containsExactly("Safari on iPhone", "Firefox on Windows");
        assertThat(open).extracting(OpenSession::address).containsExactly("10.2.2.2", "10.1.1.1");
        assertThat(open).extracting(OpenSession::since).containsExactly(MONDAY_9.plusSeconds(3600), MONDAY_9);
        assertThat(open).extracting(OpenSession::current).containsExactly(false, true);
        assertThat(open.get(0).handle()).as("an opaque handle, never the session id")
                .isNotEqualTo(laptop.getId()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void endingOtherSessionsKeepsTheOneMakingTheRequestAndAuditsWhy() {
        MockHttpSession laptop = signIn(DANA);
        MockHttpSession phone = signIn(DANA, SAFARI_ON_IPHONE, "10.2.2.2");
        MockHttpSession samsDesk = signIn(SAM);
        SessionEnd passwordChanged = new SessionEnd(DANA, "Member 7", SessionEnd.PASSWORD_CHANGED);

        serving(laptop);
        sessions.endOtherSessionsOf(DANA, passwordChanged);

        assertThat(laptop.isInvalid()).isFalse();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(samsDesk.isInvalid()).as("another member's session").isFalse();
        assertThat(sessions.openSessionsOf(DANA)).hasSize(1);
        assertThat(audited).singleElement().satisfies(e -> {
            assertThat(e.partnership()).isEqualTo(ENFIELD);
            assertThat(e.member()).isEqualTo(DANA);
            assertThat(e.session().device()).isEqualTo("Safari on iPhone");
            assertThat(e.end()).isEqualTo(passwordChanged);
        });

        sessions.endAllSessionsOf(DANA, new SessionEnd(new MemberId(1), "Alex Morgan", SessionEnd.DEACTIVATED));
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(sessions.openSessionsOf(DANA)).isEmpty();
        assertThat(audited).last().extracting(e -> e.end().why()).isEqualTo(SessionEnd.DEACTIVATED);
    }

    @Test
    void oneSessionEndsByItsHandleAndOnlyForItsOwnMember() {
        MockHttpSession laptop = signIn(DANA);
        MockHttpSession phone = signIn(DANA, SAFARI_ON_IPHONE, "10.2.2.2");
        String phoneHandle = sessions.openSessionsOf(DANA).stream()
                .filter(s -> s.device().equals("Safari on iPhone")).findFirst().orElseThrow().handle();
        SessionEnd byAdmin = new SessionEnd(new MemberId(1), "Alex Morgan", SessionEnd.ENDED_BY_ADMIN);

        assertThat(sessions.end(SAM, phoneHandle, byAdmin)).as("not Sam's session").isFalse();
        assertThat(phone.isInvalid()).isFalse();

        assertThat(sessions.end(DANA, phoneHandle, byAdmin)).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(laptop.isInvalid()).isFalse();
        assertThat(audited).singleElement().extracting(Ended::end).isEqualTo(byAdmin);
        assertThat(sessions.end(DANA, phoneHandle, byAdmin)).as("already ended").isFalse();
    }

    @Test
    void aSessionThatRunsOutIsAuditedAsIdleAndOneSignedOutAsTheMembersDoing() {
        MockHttpSession laptop = signIn(DANA);
        MockHttpSession phone = signIn(DANA, SAFARI_ON_IPHONE, "10.2.2.2");

        laptop.invalidate(); // the container's idle timeout
        ActiveSessions.signingOut(phone);
        phone.invalidate();

        assertThat(audited).extracting(e -> e.end().why()).containsExactly(SessionEnd.IDLE, SessionEnd.SIGNED_OUT);
        assertThat(audited.get(0).end().by()).isNull();
        assertThat(audited.get(0).end().byName()).isEqualTo(Audit.SYSTEM);
        assertThat(audited.get(1).end().by()).isEqualTo(DANA);
        assertThat(audited.get(1).end().byName()).isEqualTo("Member 7");
        assertThat(sessions.openSessionsOf(DANA)).isEmpty();
    }

    @Test
    void sessionsAStoppingServerDropsAreNotAuditedAsEnded() {
        MockHttpSession laptop = signIn(DANA);

        sessions.onStop();
        laptop.invalidate();

        assertThat(audited).isEmpty();
    }

    @Test
    void withNoRequestEveryOtherSessionEnds() {
        MockHttpSession laptop = signIn(DANA);
        RequestContextHolder.resetRequestAttributes();

        sessions.endOtherSessionsOf(DANA, SessionEnd.bySystem(Audit.SYSTEM, "test"));

        assertThat(laptop.isInvalid()).isTrue();
        sessions.endOtherSessionsOf(new MemberId(99), SessionEnd.bySystem(Audit.SYSTEM, "test")); // nobody
    }
}
