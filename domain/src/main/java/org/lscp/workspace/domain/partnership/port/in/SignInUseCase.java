package org.lscp.workspace.domain.partnership.port.in;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;

/** Signing in, and turning a signed-in member back into an {@link Actor} on every request. */
public interface SignInUseCase {
    /**
     * A password sign-in from a network address ({@code null} when there is none, e.g. a command-line tool): slowed
     * down per address (see {@link org.lscp.workspace.domain.partnership.model.AddressThrottle}) and locked per email.
     */
    SignInResult signIn(String email, String password, @Nullable String address);

    default SignInResult signIn(String email, String password) {
        return signIn(email, password, null);
    }

    /** Empty when the member no longer exists or was deactivated. */
    Optional<Actor> actorFor(MemberId member);
}
