package org.lscp.workspace.app.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' side: liveness, readiness and Prometheus metrics are served on the management port
 * ({@code MANAGEMENT_PORT}, bound to 127.0.0.1 unless {@code MANAGEMENT_ADDRESS} says otherwise), answered without
 * a sign-in and before the members' security chain; they hold no member's data. Open sessions and open Vaadin UIs on
 * this node are gauges ({@code workspace.sessions.open}, {@code workspace.ui.open}).
 */
@Configuration
class OperationsSecurity {
    private static final AtomicInteger OPEN_UIS = new AtomicInteger();

    @Bean
    @Order(0)
    SecurityFilterChain operationsEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    MeterBinder openSessionsAndUis(ActiveSessions sessions) {
        return registry -> {
            Gauge.builder("workspace.sessions.open", sessions, ActiveSessions::openSessions)
                    .description("Signed-in sessions open on this node").register(registry);
            Gauge.builder("workspace.ui.open", OPEN_UIS, AtomicInteger::get)
                    .description("Vaadin UIs (browser tabs) open on this node").register(registry);
        };
    }

    @Bean
    VaadinServiceInitListener countOpenUis() {
        return (ServiceInitEvent event) -> event.getSource().addUIInitListener(init -> {
            OPEN_UIS.incrementAndGet();
            init.getUI().addDetachListener(detach -> OPEN_UIS.decrementAndGet());
        });
    }
}
