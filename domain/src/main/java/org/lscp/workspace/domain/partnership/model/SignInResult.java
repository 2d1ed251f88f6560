package org.lscp.workspace.domain.partnership.model;

import java.time.Instant;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.Role;
import java.util.Set;

/** How a sign-in attempt ended. */
public sealed interface SignInResult {
    /**
     * Signed in. {@code mustChangePassword}: the password is a temporary one an admin chose; the member should be
     * sent to the change-password page (route "password") before anything else.
     */
    record SignedIn(MemberId memberId, String email, Set<Role> roles, boolean mustChangePassword)
            implements SignInResult { }

    /** Wrong email or password: deliberately the same whether or not the email exists. */
    record Rejected() implements SignInResult { }

    record Locked(Instant until) implements SignInResult { }

    /** Too many failed sign-ins from this network address: no password from it is checked before {@code until}. */
    record SlowedDown(Instant until) implements SignInResult { }

    /** Right password, but an admin deactivated the member. */
    record Deactivated() implements SignInResult { }
}
