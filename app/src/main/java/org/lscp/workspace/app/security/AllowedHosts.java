package org.lscp.workspace.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Host header injection: a redirect (to the sign-in page, after sign-in) is built from the host the request names, so a
 * request with a forged {@code Host} would be sent on to that host. Only the hosts the workspace is served under
 * ({@code WORKSPACE_ALLOWED_HOSTS}, comma-separated; by default localhost and the loopback addresses) are answered;
 * any other is refused with 400 before anything else runs, and logged.
 */
@Configuration
class AllowedHosts {
    private static final Logger LOG = LoggerFactory.getLogger(AllowedHosts.class);

    static final class Filter extends OncePerRequestFilter {
        private final Set<String> hosts;

        Filter(String allowed) {
            this.hosts = Arrays.stream(allowed.split(",")).map(String::strip).filter(h -> !h.isEmpty())
                    .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }

        boolean allows(String host) {
            return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (allows(request.getServerName())) {
                chain.doFilter(request, response);
                return;
            }
            LOG.warn("Refused a request for host '{}' from {}: not in WORKSPACE_ALLOWED_HOSTS", request.getServerName(),
                    request.getRemoteAddr());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("This address is not one the workspace is served under.\n");
        }
    }

    @Bean
    FilterRegistrationBean<Filter> allowedHostsFilter(
            @Value("${workspace.allowed-hosts:localhost,127.0.0.1,[::1],::1}") String allowed) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(allowed));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
