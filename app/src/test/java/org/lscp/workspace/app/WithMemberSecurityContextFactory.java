package org.lscp.workspace.app;

import java.util.ArrayList;
import java.util.List;
import org.lscp.workspace.app.config.DemoData;
import org.lscp.workspace.app.security.Factors;
import org.lscp.workspace.app.security.MemberPrincipal;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * A demo member signed in as after both factors: the password through the real provider, then the member's roles and
 * the second factor, as {@code SecondFactorFilter} grants them after a right code (the code itself is the journeys').
 */
class WithMemberSecurityContextFactory implements WithSecurityContextFactory<WithMember> {
    private final AuthenticationProvider members;
    private final SignInUseCase signIn;

    WithMemberSecurityContextFactory(AuthenticationProvider members, SignInUseCase signIn) {
        this.members = members;
        this.signIn = signIn;
    }

    @Override
    public SecurityContext createSecurityContext(WithMember member) {
        Authentication password = members.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(member.value(), DemoData.PASSWORD));
        MemberPrincipal principal = (MemberPrincipal) password.getPrincipal();
        List<GrantedAuthority> authorities = new ArrayList<>();
        signIn.actorFor(principal.id()).orElseThrow().roles()
                .forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        authorities.add(new SimpleGrantedAuthority(Factors.PASSWORD));
        authorities.add(new SimpleGrantedAuthority(Factors.SECOND));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        return context;
    }
}
