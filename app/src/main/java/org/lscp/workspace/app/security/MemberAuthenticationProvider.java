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
 */
@Component
class MemberAuthenticationProvider implements AuthenticationProvider {
    private final SignInUseCase signIn;

    MemberAuthenticationProvider(SignInUseCase signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        SignInResult result;
        try {
            result = signIn.signIn(authentication.getName(), password, address);
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
