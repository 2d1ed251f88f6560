package org.lscp.workspace.app;

import org.lscp.workspace.app.config.DemoData;
import org.lscp.workspace.app.security.Factors;
import org.lscp.workspace.app.security.MemberPrincipal;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * A demo member signed in for a browserless test: the password through the real provider, then both factors'
 * authorities as the second-factor step gives them (the step itself is tested in SecondFactorJourneyIT).
 */
public class WithMemberSecurityContextFactory implements WithSecurityContextFactory<WithMember> {
    private final AuthenticationProvider members;
    private final SignInUseCase signIn;

    WithMemberSecurityContextFactory(AuthenticationProvider members, SignInUseCase signIn) {
        this.members = members;
        this.signIn = signIn;
    }

    @Override
    public SecurityContext createSecurityContext(WithMember member) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn(members, signIn, member.value()));
        return context;
    }

    public static org.springframework.security.core.Authentication signedIn(AuthenticationProvider members,
                                                                     SignInUseCase signIn, String email) {
        MemberPrincipal principal = (MemberPrincipal) members.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, DemoData.PASSWORD)).getPrincipal();
        return Factors.bothFactors(principal, signIn.actorFor(principal.id()).orElseThrow().roles());
    }
}
