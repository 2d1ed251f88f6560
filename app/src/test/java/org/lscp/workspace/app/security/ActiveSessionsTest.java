package org.lscp.workspace.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.MemberId;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class ActiveSessionsTest {
    private static final MemberId DANA = new MemberId(7);
    private static final MemberId SAM = new MemberId(8);
    private final ActiveSessions sessions = new ActiveSessions();

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private MockHttpSession signIn(MemberId member) {
        MockHttpSession session = new MockHttpSession();
        serving(session);
        sessions.onSignIn(new InteractiveAuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                new MemberPrincipal(member.value(), "m" + member.value() + "@example.org"), null, List.of()),
                ActiveSessionsTest.class));
        return session;
    }

    private static void serving(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void endingOtherSessionsKeepsTheOneMakingTheRequest() {
        MockHttpSession laptop = signIn(DANA);
        MockHttpSession phone = signIn(DANA);
        MockHttpSession samsDesk = signIn(SAM);

        serving(laptop);
        sessions.endOtherSessionsOf(DANA);

        assertThat(laptop.isInvalid()).isFalse();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(samsDesk.isInvalid()).as("another member's session").isFalse();
        assertThat(sessions.openSessionsOf(DANA)).isEqualTo(1);

        sessions.endAllSessionsOf(DANA);
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(sessions.openSessionsOf(DANA)).isZero();
    }

    @Test
    void withNoRequestEveryOtherSessionEnds() {
        MockHttpSession laptop = signIn(DANA);
        RequestContextHolder.resetRequestAttributes();

        sessions.endOtherSessionsOf(DANA);

        assertThat(laptop.isInvalid()).isTrue();
        sessions.endOtherSessionsOf(new MemberId(99)); // nobody: nothing to do
    }
}
