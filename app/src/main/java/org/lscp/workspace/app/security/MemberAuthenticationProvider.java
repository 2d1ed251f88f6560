package org.lscp.workspace.app.security;

import io.micrometer.core.instrument.Metrics;
import java.util.List;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Spring Security's side of the password step; the rules (lock-out, deactivation) live in the domain's
 * SignInService. A right password gives a session that can only go on to the second factor.
 *
 * <p>Checking a password is meant to be slow (Argon2id, about 75 ms of a core), and the sign-in holds a database
 * connection meanwhile. When many members sign in at once (the start of a shift; the load test's 200), checking all
 * their passwords together would starve the processors and hold every connection of the pool while doing so, and
 * everyone else's clicks would wait for a connection. So only as many passwords are checked at once as there are
 * processors; the other sign-ins wait their turn without holding a connection, for up to
 * {@code workspace.sign-in.longest-wait} (30 s), then read "very busy". (10 s turned a third of the load test's
 * sign-in wave away while every processor was busy: a member would rather wait for a start-of-shift queue.)
 */
@Component
class MemberAuthenticationProvider implements AuthenticationProvider {
    private final SignInUseCase signIn;
    private final java.util.concurrent.Semaphore checks;
    private final java.time.Duration longestWait;

    @org.springframework.beans.factory.annotation.Autowired
    MemberAuthenticationProvider(SignInUseCase signIn, @org.springframework.beans.factory.annotation.Value(
            "${workspace.sign-in.longest-wait:30s}") java.time.Duration longestWait) {
        this(signIn, Math.max(2, Runtime.getRuntime().availableProcessors()), longestWait);
    }

    MemberAuthenticationProvider(SignInUseCase signIn, int atOnce, java.time.Duration longestWait) {
        this.signIn = signIn;
        this.checks = new java.util.concurrent.Semaphore(atOnce, true);
        this.longestWait = longestWait;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        SignInResult result;
        try {
            if (!checks.tryAcquire(longestWait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw org.lscp.workspace.domain.shared.StorageUnavailableException.busy(null);
            }
            try {
                result = signIn.signIn(authentication.getName(), password, address);
            } finally {
                checks.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            var busy = org.lscp.workspace.domain.shared.StorageUnavailableException.busy(e);
            throw new org.springframework.security.authentication.InternalAuthenticationServiceException(
                    busy.getMessage(), busy);
        } catch (org.lscp.workspace.domain.shared.StorageUnavailableException e) {
            // the sign-in page says so in words (LoginView), rather than a server error
            Metrics.counter("workspace.sign.ins", "outcome", "Unavailable").increment();
            throw new org.springframework.security.authentication.InternalAuthenticationServiceException(
                    e.getMessage(), e);
        }
        // the operators see sign-ins and failures by outcome (workspace.sign.ins)
        Metrics.counter("workspace.sign.ins", "outcome", result.getClass().getSimpleName()).increment();
        return switch (result) {
            // the password alone grants no role: the second factor does (SecondFactorFilter)
            case SignInResult.SignedIn in -> UsernamePasswordAuthenticationToken.authenticated(
                    new MemberPrincipal(in.memberId().value(), in.email()), null,
                    List.of(new SimpleGrantedAuthority(Factors.PASSWORD)));
            case SignInResult.Locked locked -> throw new LockedException("locked");
            case SignInResult.SlowedDown slowed -> throw new SlowedDownException(slowed.until());
            case SignInResult.Deactivated deactivated -> throw new DisabledException("deactivated");
            case SignInResult.Rejected rejected -> throw new BadCredentialsException("rejected");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(Object::toString).toList();
    }
}
