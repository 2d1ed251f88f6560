package org.lscp.workspace.app.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.springframework.stereotype.Component;

/**
 * The signed-in member as the domain's {@link Actor}, looked up fresh for every use case so that a deactivation
 * or a change of agency takes effect immediately.
 */
@Component
public class CurrentActor {
    private final AuthenticationContext authentication;
    private final SignInUseCase signIn;

    CurrentActor(AuthenticationContext authentication, SignInUseCase signIn) {
        this.authentication = authentication;
        this.signIn = signIn;
    }

    public Actor get() {
        MemberPrincipal principal = authentication.getAuthenticatedUser(MemberPrincipal.class)
                .orElseThrow(() -> new NotAuthorisedException("Please sign in."));
        if (Factors.pending()) throw new NotAuthorisedException("Enter the code from your authenticator app first.");
        return signIn.actorFor(principal.id())
                .orElseThrow(() -> new NotAuthorisedException("Your account is no longer active. Please sign in again."));
    }

    public void logout() {
        authentication.logout();
    }
}
