package org.lscp.workspace.app;

import org.lscp.workspace.app.config.DemoData;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class WithMemberSecurityContextFactory implements WithSecurityContextFactory<WithMember> {
    private final AuthenticationProvider members;

    WithMemberSecurityContextFactory(AuthenticationProvider members) {
        this.members = members;
    }

    @Override
    public SecurityContext createSecurityContext(WithMember member) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(members.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(member.value(), DemoData.PASSWORD)));
        return context;
    }
}
