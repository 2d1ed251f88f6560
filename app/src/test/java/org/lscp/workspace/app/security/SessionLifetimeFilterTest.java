package org.lscp.workspace.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeFilterTest {

    /** A 12-hour filter whose container clock reads a millisecond past the session's twelfth hour. */
    private static SessionLifetimeFilter pastItsLifetime(MockHttpSession session) {
        return new SessionLifetimeFilter(Duration.ofHours(12),
                () -> session.getCreationTime() + Duration.ofHours(12).toMillis() + 1);
    }

    @Test
    void aSessionPastItsLifetimeIsEndedAndTheMemberSentToSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/board");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        pastItsLifetime(session).doFilter(request, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        assertThat(chain.getRequest()).as("went no further").isNull();
    }

    @Test
    void vaadinsOwnRequestsGetUnauthorisedSoItsClientGoesToSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();

        pastItsLifetime(session).doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(401);
    }

    @Test
    void aYoungerSessionOrNoneGoesOn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/board");
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        new SessionLifetimeFilter(Duration.ofHours(12), () -> session.getCreationTime() + Duration.ofHours(12).toMillis())
                .doFilter(request, new MockHttpServletResponse(), chain); // exactly 12 hours old: not yet past it
        assertThat(chain.getRequest()).isSameAs(request);

        MockFilterChain none = new MockFilterChain();
        MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/login");
        new SessionLifetimeFilter(Duration.ofMillis(0)).doFilter(anonymous, new MockHttpServletResponse(), none);
        assertThat(none.getRequest()).isSameAs(anonymous);
    }
}
