package org.lscp.workspace.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page, file and request (issue 15, part 5), kept apart from the sign-in set-up: Spring
 * Security 7 applies a {@code Customizer<HttpSecurity>} bean to the filter chain that {@link SecurityConfiguration}
 * builds.
 *
 * <ul>
 * <li>Content-Security-Policy: as strict as Vaadin Flow allows without its brittle strict-CSP set-up. Flow runs
 * {@code executeJs} through {@code new Function} and writes inline styles, hence {@code 'unsafe-inline'} and
 * {@code 'unsafe-eval'} for scripts and {@code 'unsafe-inline'} for styles; everything else comes from the workspace
 * itself. {@code connect-src 'self'} covers server push (a WebSocket to {@code /VAADIN/push} on the same host, which
 * CSP 3's {@code 'self'} matches as ws:/wss:, falling back to XHR long polling); the charts are inline SVG; images may
 * be {@code data:} or {@code blob:} (a QR code, a preview), fonts {@code data:} (inlined in stylesheets); nothing may
 * frame the workspace, no plugin runs, and forms post only to it.</li>
 * <li>X-Frame-Options DENY for browsers without {@code frame-ancestors}; X-Content-Type-Options nosniff (Spring's
 * default); Referrer-Policy same-origin: addresses within the workspace name partnerships' records, so no other site
 * learns them from a link; Permissions-Policy turns off the device features the workspace never uses;
 * Cross-Origin-Opener-Policy same-origin.</li>
 * <li>Written before the request goes on, not when the response is committed: Vaadin's pages are forwarded to its
 * servlet, and Tomcat 11 suspends a forwarded response without the commit Spring Security waits for, so a page would
 * otherwise leave with none of these headers (spring-security#19457).</li>
 * <li>Left as Spring Security writes them: Strict-Transport-Security only on a request that came over TLS (behind a
 * proxy, with {@code server.forward-headers-strategy}), and {@code Cache-Control: no-cache, no-store, max-age=0,
 * must-revalidate}, so pages are not cached; a response that sets its own Cache-Control afterwards keeps it, as
 * Vaadin's static bundle under {@code /VAADIN/} does.</li>
 * </ul>
 */
@Configuration
class SecurityHeadersConfiguration {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    /** Features Chromium knows (an unknown one, such as bluetooth, is logged as an error on every page). */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()",
            "hid=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()", "serial=()", "usb=()",
            "browsing-topics=()");

    @Bean
    Customizer<HttpSecurity> securityHeaders() {
        return http -> http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)));
    }
}
