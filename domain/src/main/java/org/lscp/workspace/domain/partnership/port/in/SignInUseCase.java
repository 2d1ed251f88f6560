package org.lscp.workspace.domain.partnership.port.in;

import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;

/** Signing in, and turning a signed-in member back into an {@link Actor} on every request. */
public interface SignInUseCase {
    SignInResult signIn(String email, String password);

    /** Empty when the member no longer exists or was deactivated. */
    Optional<Actor> actorFor(MemberId member);
}
