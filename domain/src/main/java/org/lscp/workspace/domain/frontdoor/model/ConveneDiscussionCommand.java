package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.util.Set;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;

/**
 * Convening a strategy discussion: when it was held, and the agencies invited besides the police and health (who
 * always are). It is recorded once held: not before the contact was received, and not in the future.
 */
public record ConveneDiscussionCommand(Instant heldAt, Set<AgencyId> alsoInvited) {
    public ConveneDiscussionCommand {
        new Check().present("heldAt", heldAt, "Give the date and time the strategy discussion was held.").done();
        alsoInvited = alsoInvited == null ? Set.of() : Set.copyOf(alsoInvited);
    }

    /** Against the contact and the clock: every broken rule at once. */
    public void validate(Instant contactReceivedAt, Instant now) {
        new Check()
                .that(!heldAt.isBefore(contactReceivedAt), "heldAt", "The strategy discussion cannot be before the "
                        + "contact was received (" + London.format(contactReceivedAt) + ").")
                .that(!heldAt.isAfter(now), "heldAt", "The strategy discussion cannot be in the future: record it "
                        + "once it has been held.")
                .done();
    }
}
