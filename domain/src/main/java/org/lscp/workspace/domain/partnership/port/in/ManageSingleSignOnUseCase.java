package org.lscp.workspace.domain.partnership.port.in;

import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.SaveSingleSignOnCommand;
import org.lscp.workspace.domain.partnership.model.SingleSignOnSettings;
import org.lscp.workspace.domain.shared.Actor;

/** PARTNERSHIP_ADMIN sets up the partnership's single sign-on; the client secret is write-only. Audited. */
public interface ManageSingleSignOnUseCase {
    /** Empty until single sign-on was first saved. */
    Optional<SingleSignOnSettings> get(Actor actor);

    /** A blank secret keeps the saved one; turning single sign-on on needs one. */
    SingleSignOnSettings save(Actor actor, SaveSingleSignOnCommand command);
}
