package org.lscp.workspace.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import org.lscp.workspace.app.ui.LeftPages;
import org.lscp.workspace.app.ui.LoginView;
import org.lscp.workspace.domain.partnership.port.in.SecondFactorUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login on Vaadin's login view, then the second factor ({@link SecondFactorFilter}); every view declares who may
 * open it (@RolesAllowed / @PermitAll), and every use case checks again on the server.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecondFactorUseCase factors, SignInUseCase signIn,
                                            SingleSignOnLogin singleSignOn, RequestUtil vaadinRequests,
                                            @org.springframework.beans.factory.annotation.Value(
                                                    "${workspace.session.lifetime:12h}") java.time.Duration lifetime)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll()
                // a page's beacon that it was left, signed in or not (it carries the page's own security key)
                .requestMatchers(org.springframework.http.HttpMethod.POST, LeftPages.PATH).permitAll());
        // The member provider is a bean, so Spring Security's global manager already holds it: adding it here too
        // made every wrong password count twice (locked after 3 while the message said 5).
        http.addFilterAfter(new SecondFactorFilter(factors, signIn), AnonymousAuthenticationFilter.class);
        http.addFilterBefore(new SessionLifetimeFilter(lifetime), org.springframework.security.web.context
                .SecurityContextHolderFilter.class);
        http.addFilterBefore(new LeftPages.FromNoSession(),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        // the audit trail says the member signed out (before Spring Security ends the session)
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) ->
                ActiveSessions.signingOut(request.getSession(false))));
        // single sign-on through a partnership's OpenID Connect provider, from the same sign-in page
        singleSignOn.applyTo(http);
        // An address that names no page goes on, signed in, to the router, whose not-found page answers in the
        // workspace's words (Vaadin's default refuses it with a bare 403); views still check who may open them.
        // Vaadin would also exempt the sign-in form from CSRF protection (login CSRF: a page elsewhere could sign a
        // visitor in as someone else); the form carries the token (vaadin-login-form posts the page's _csrf meta), so
        // only Vaadin's own requests, which carry their own token, are exempt.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)
                .anyRequest(rule -> rule.authenticated()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers(org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher
                        .withDefaults().matcher(org.springframework.http.HttpMethod.POST, LeftPages.PATH)));
        // A sign-in page left open past its session's 30 minutes posts a token of a session that has ended: say so
        // on a fresh sign-in page rather than showing it again without a word
        var refused = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        http.exceptionHandling(handling -> handling.defaultAccessDeniedHandlerFor((request, response, denied) -> {
            // (Spring Security uses a single default handler for every request, whatever its matcher: so the
            // handler itself tells the sign-in form from the rest, which keep the plain 403)
            if (denied instanceof org.springframework.security.web.csrf.CsrfException && signInForm(request)) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            } else {
                refused.handle(request, response, denied);
            }
        }, SecurityConfiguration::signInForm));
        return http.build();
    }

    private static boolean signInForm(jakarta.servlet.http.HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
    }
}
