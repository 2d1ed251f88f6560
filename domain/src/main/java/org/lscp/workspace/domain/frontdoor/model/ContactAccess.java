package org.lscp.workspace.domain.frontdoor.model;

import java.util.Collection;
import org.lscp.workspace.domain.redaction.model.ChildIdentifiers;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Role;

/**
 * Who may see a contact: MASH roles see every contact of the partnership; a practitioner sees the contacts their
 * agency submitted and those whose checks were asked of their agency. A contact from no partner agency (imported
 * from a relative, say) is no practitioner's own: only the MASH sees it, and an agency asked to check it. A board
 * chair never sees child data.
 */
public final class ContactAccess {
    private ContactAccess() {
    }

    /**
     * Whether the member chooses the improvement-plan recommendations a contact is evidence about when recording it:
     * that is the MASH's judgement, not the referring agency's.
     */
    public static boolean choosesRecommendations(Actor actor) {
        return worksTheFrontDoor(actor);
    }

    /** The MASH (its practitioners and managers) works the front door: matching a child, choosing evidence. */
    public static boolean worksTheFrontDoor(Actor actor) {
        return actor.hasAny(Role.MASH_PRACTITIONER, Role.MASH_MANAGER);
    }

    public static void requireWorksTheFrontDoor(Actor actor) {
        actor.require(Role.MASH_PRACTITIONER, Role.MASH_MANAGER);
    }

    /** MASH managers decide thresholds, oversee decisions and resolve flags. */
    public static boolean decides(Actor actor) {
        return actor.has(Role.MASH_MANAGER);
    }

    public static void requireDecides(Actor actor) {
        actor.require(Role.MASH_MANAGER);
    }

    public static boolean seesAll(Actor actor) {
        return !actor.has(Role.BOARD_CHAIR) && actor.hasAny(Role.MASH_PRACTITIONER, Role.MASH_MANAGER);
    }

    /** Practitioners and the MASH, never a board chair: the same rule masks children's identifiers in free text. */
    public static boolean seesChildData(Actor actor) {
        return ChildIdentifiers.seesChildren(actor);
    }

    public static boolean maySee(Actor actor, Contact contact, Collection<AgencyId> agenciesAskedToCheck) {
        if (!actor.partnershipId().equals(contact.partnershipId()) || !seesChildData(actor)) return false;
        return seesAll(actor) || actor.agencyId().equals(contact.sourceAgency())
                || agenciesAskedToCheck.contains(actor.agencyId());
    }
}
