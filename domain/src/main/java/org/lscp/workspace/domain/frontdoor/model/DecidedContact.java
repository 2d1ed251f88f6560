package org.lscp.workspace.domain.frontdoor.model;

import java.util.List;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;

/** A threshold decision with the contact it decides, and the agencies asked to check on that contact. */
public record DecidedContact(ThresholdDecision decision, Contact contact, List<AgencyId> checkedBy) {
    public DecidedContact {
        checkedBy = List.copyOf(checkedBy);
    }

    /** Whether the actor may see the contact (the front door's rule, {@link ContactAccess#maySee}). */
    public boolean mayBeSeenBy(Actor actor) {
        return ContactAccess.maySee(actor, contact, checkedBy);
    }
}
