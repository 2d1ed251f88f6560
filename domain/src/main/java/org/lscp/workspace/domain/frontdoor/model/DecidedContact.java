package org.lscp.workspace.domain.frontdoor.model;

import java.util.Collection;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;

/**
 * A threshold decision with the contact it decides, and the agencies involved in that contact besides its source (asked
 * to check, or invited to its strategy discussion).
 */
public record DecidedContact(ThresholdDecision decision, Contact contact, Collection<AgencyId> involved) {
    public DecidedContact {
        involved = java.util.Set.copyOf(involved);
    }

    /** Whether the actor may see the contact (the front door's rule, {@link ContactAccess#maySee}). */
    public boolean mayBeSeenBy(Actor actor) {
        return ContactAccess.maySee(actor, contact, involved);
    }
}
