package org.lscp.workspace.app.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.StorageUnavailableException;
import org.springframework.stereotype.Component;

/**
 * The signed-in member as the domain's {@link Actor}, looked up fresh for every request so that a deactivation
 * or a change of agency takes effect at the member's next click.
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
        // looked up once per request (a page's several use cases share it; the next request looks again), and a
        // database that did not answer is not asked again within the same request
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        Object known = request == null ? null : request.getAttribute(KNOWN, SCOPE);
        if (known instanceof Actor actor && actor.memberId().equals(principal.id())) return actor;
        if (known instanceof StorageUnavailableException away) throw away;
        try {
            Actor actor = signIn.actorFor(principal.id()).orElseThrow(() -> new NotAuthorisedException(
                    "Your account is no longer active. Please sign in again."));
            if (request != null) request.setAttribute(KNOWN, actor, SCOPE);
            return actor;
        } catch (StorageUnavailableException away) {
            if (request != null) request.setAttribute(KNOWN, away, SCOPE);
            throw away;
        }
    }

    private static final String KNOWN = CurrentActor.class.getName() + ".actor";
    private static final int SCOPE = org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST;

    public void logout() {
        authentication.logout();
    }
}
