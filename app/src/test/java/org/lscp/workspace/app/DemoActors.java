package org.lscp.workspace.app;

import org.lscp.workspace.app.config.DemoData;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.Actor;

/** Demo members as domain actors, signed in through the real use case. */
public final class DemoActors {
    private DemoActors() {
    }

    public static Actor actor(SignInUseCase signIn, String email) {
        var in = (SignInResult.SignedIn) signIn.signIn(email, DemoData.PASSWORD);
        return signIn.actorFor(in.memberId()).orElseThrow();
    }
}
