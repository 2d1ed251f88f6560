package org.lscp.workspace.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.lscp.workspace.domain.partnership.model.ProviderClaims;
import org.lscp.workspace.domain.partnership.model.SingleSignOn;
import org.lscp.workspace.domain.partnership.model.SingleSignOnResult;
import org.lscp.workspace.domain.partnership.port.in.SingleSignOnUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Single sign-on through a partnership's OpenID Connect provider, on the workspace's own sign-in page. Spring Security
 * runs the code flow (state, nonce, PKCE, the ID token's signature, issuer, audience and expiry); then the provider's
 * answer is swapped for the workspace's own sign-in: the domain's rule finds the partnership's active member with
 * that email, and the session holds the same authentication as after a password, under a new session id — the
 * password factor only, so the second-factor page follows ({@link SecondFactorFilter}), unless the provider's token
 * shows a second factor and the partnership lets that stand in for the workspace's code. The provider's tokens are
 * not kept. Refusals and failures land on the sign-in page with a plain message, and are audited.
 */
@Component
public class SingleSignOnLogin {
    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOnLogin.class);
    static final String CALLBACK_PREFIX = "/login/oauth2/code/";
    static final String AUTHORIZATION_PREFIX = "/oauth2/authorization/";
    private final SingleSignOnUseCase singleSignOn;
    private final PartnershipClientRegistrations registrations;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    SingleSignOnLogin(SingleSignOnUseCase singleSignOn, PartnershipClientRegistrations registrations,
                      ApplicationEventPublisher events) {
        this.singleSignOn = singleSignOn;
        this.registrations = registrations;
        this.events = events;
    }

    /** The OAuth2 login on {@code /oauth2/authorization/p<id>} and {@code /login/oauth2/code/p<id>}. */
    public void applyTo(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NothingKept())
                .successHandler(this::signedInAtProvider)
                .failureHandler(this::providerAnswerRefused)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(SingleSignOnLogin.this::providerUnreachable);
                        return filter;
                    }
                }));
    }

    void signedInAtProvider(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        var partnership = SingleSignOn.partnershipOf(token.getAuthorizedClientRegistrationId()).orElseThrow();
        // the signed ID token's own claims (issued to this client), not the user-info answer merged over them
        var claims = token.getPrincipal() instanceof OidcUser user
                ? ProviderClaims.from(user.getIdToken().getClaims()) : new ProviderClaims(null, false, List.of(), null);
        switch (singleSignOn.signIn(partnership, claims)) {
            case SingleSignOnResult.SignedIn in -> {
                List<GrantedAuthority> authorities = new ArrayList<>();
                if (in.secondFactorDone()) {
                    in.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
                    authorities.add(new SimpleGrantedAuthority(Factors.PASSWORD));
                    authorities.add(new SimpleGrantedAuthority(Factors.SECOND));
                } else {
                    // as after a password: the second-factor page next, and nothing else
                    authorities.add(new SimpleGrantedAuthority(Factors.PASSWORD));
                }
                Authentication member = UsernamePasswordAuthenticationToken.authenticated(
                        new MemberPrincipal(in.memberId().value(), in.email()), null, authorities);
                request.changeSessionId();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(member);
                contexts.saveContext(context, request, response);
                events.publishEvent(new InteractiveAuthenticationSuccessEvent(member, getClass()));
                if (!in.secondFactorDone()) {
                    response.sendRedirect(request.getContextPath() + SecondFactorFilter.PATH);
                    return;
                }
                SavedRequest saved = requests.getRequest(request, response);
                requests.removeRequest(request, response);
                response.sendRedirect(saved == null ? request.getContextPath() + "/" : saved.getRedirectUrl());
            }
            case SingleSignOnResult.Refused refused -> {
                signOut(request, response);
                response.sendRedirect(request.getContextPath() + SingleSignOnOutcome.refusedPath(refused.reason()));
            }
        }
    }

    /** The provider's answer failed (an error from the provider, or a token that failed its checks). */
    void providerAnswerRefused(HttpServletRequest request, HttpServletResponse response,
                               AuthenticationException exception) throws IOException {
        String why = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                : exception.getClass().getSimpleName();
        LOG.info("Single sign-on refused the provider's answer: {}", exception.getMessage());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(CALLBACK_PREFIX)) {
            SingleSignOn.partnershipOf(path.substring(CALLBACK_PREFIX.length()))
                    .filter(p -> singleSignOn.provider(p).isPresent())
                    .ifPresent(p -> singleSignOn.providerRefused(p, why));
        }
        signOut(request, response);
        response.sendRedirect(request.getContextPath() + "/login?" + SingleSignOnOutcome.PARAMETER + "="
                + SingleSignOnOutcome.FAILED);
    }

    /** The way to the provider could not be set out: single sign-on is off, or its discovery failed. */
    void providerUnreachable(HttpServletRequest request, HttpServletResponse response,
                             AuthenticationException exception) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean on = path.startsWith(AUTHORIZATION_PREFIX) && SingleSignOn.partnershipOf(
                path.substring(AUTHORIZATION_PREFIX.length())).flatMap(singleSignOn::provider).isPresent();
        if (!on) {
            response.sendRedirect(request.getContextPath() + SingleSignOnOutcome.refusedPath(
                    SingleSignOnResult.Reason.NOT_ENABLED));
            return;
        }
        Throwable cause = exception.getCause() == null ? exception : exception.getCause();
        LOG.warn("Single sign-on could not reach the provider: {}", cause.toString());
        response.sendRedirect(request.getContextPath() + "/login?" + SingleSignOnOutcome.PARAMETER + "="
                + SingleSignOnOutcome.UNAVAILABLE);
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response) {
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
    }

    /** The provider's access and refresh tokens are not needed after the sign-in: none is kept. */
    private static final class NothingKept implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
                Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal,
                                           HttpServletRequest request, HttpServletResponse response) {
        }
    }
}
