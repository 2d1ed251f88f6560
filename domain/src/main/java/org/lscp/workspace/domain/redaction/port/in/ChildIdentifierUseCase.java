package org.lscp.workspace.domain.redaction.port.in;

import java.util.List;
import org.lscp.workspace.domain.shared.Actor;

/**
 * What a member does about children's identifiers found in their text: {@linkplain #keep keeps it with a reason}.
 * The checking and masking every feature's use cases do is the {@link ChildIdentifierGuard} this extends.
 */
public interface ChildIdentifierUseCase extends ChildIdentifierGuard {
    /**
     * The actor confirms the texts may keep what they found, for the reason given (required, at most 500
     * characters; refused as a ValidationException on field "reason"); written to the audit trail. Then the same save
     * passes {@link #check} for an hour.
     */
    void keep(Actor actor, List<String> texts, String reason);
}
