package org.lscp.workspace.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeFilterTest {

    @Test
    void aSessionPastItsLifetimeIsEndedAndTheMemberSentToSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Thread.sleep(5);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/board");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SessionLifetimeFilter(Duration.ofMillis(1)).doFilter(request, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        assertThat(chain.getRequest()).as("went no further").isNull();
    }

    @Test
    void vaadinsOwnRequestsGetUnauthorisedSoItsClientGoesToSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Thread.sleep(5);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SessionLifetimeFilter(Duration.ofMillis(1)).doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(401);
    }

    @Test
    void aYoungerSessionOrNoneGoesOn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/board");
        request.setSession(new MockHttpSession());
        MockFilterChain chain = new MockFilterChain();
        new SessionLifetimeFilter(Duration.ofHours(12)).doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);

        MockFilterChain none = new MockFilterChain();
        MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/login");
        new SessionLifetimeFilter(Duration.ofMillis(0)).doFilter(anonymous, new MockHttpServletResponse(), none);
        assertThat(none.getRequest()).isSameAs(anonymous);
    }
}
