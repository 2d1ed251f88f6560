package org.lscp.workspace.app.security;

import java.util.Collection;
import org.lscp.workspace.domain.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The factors a session has passed, as authorities: the password gives {@link #PASSWORD} and nothing else; only the
 * second factor adds the member's roles and {@link #SECOND}. A session with the password alone reaches nothing but
 * the second-factor page (see {@link SecondFactorFilter} and {@link SecondFactorGate}).
 */
public final class Factors {
    public static final String PASSWORD = "FACTOR_PASSWORD";
    public static final String SECOND = "FACTOR_SECOND";

    private Factors() {
    }

    /** Signed in with the password, still to give the second factor. */
    public static boolean pending(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && has(authentication.getAuthorities(), PASSWORD) && !has(authentication.getAuthorities(), SECOND);
    }

    public static boolean pending() {
        return pending(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The authentication of a member who has given both factors: their roles and both factors' authorities. */
    public static Authentication bothFactors(MemberPrincipal member, Collection<Role> roles) {
        java.util.List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        authorities.add(new SimpleGrantedAuthority(PASSWORD));
        authorities.add(new SimpleGrantedAuthority(SECOND));
        return UsernamePasswordAuthenticationToken.authenticated(member, null, authorities);
    }

    private static boolean has(Collection<? extends GrantedAuthority> authorities, String name) {
        return authorities.stream().anyMatch(a -> name.equals(a.getAuthority()));
    }
}
