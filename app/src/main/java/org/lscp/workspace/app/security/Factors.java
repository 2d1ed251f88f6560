package org.lscp.workspace.app.security;

import java.util.Collection;
import org.springframework.security.core.Authentication;
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

    private static boolean has(Collection<? extends GrantedAuthority> authorities, String name) {
        return authorities.stream().anyMatch(a -> name.equals(a.getAuthority()));
    }
}
