package org.lscp.workspace.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.lscp.workspace.app.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login on Vaadin's login view; every view declares who may open it (@RolesAllowed / @PermitAll), and every
 * use case checks again on the server.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, MemberAuthenticationProvider members) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        http.authenticationProvider(members);
        // An address that names no page goes on, signed in, to the router, whose not-found page answers in the
        // workspace's words (Vaadin's default refuses it with a bare 403); views still check who may open them.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).anyRequest(rule -> rule.authenticated()));
        return http.build();
    }
}
