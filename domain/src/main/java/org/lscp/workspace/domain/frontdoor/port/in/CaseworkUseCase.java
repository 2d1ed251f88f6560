package org.lscp.workspace.domain.frontdoor.port.in;

import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.Allocation;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;

/**
 * The MASH's work on a contact before the decision: taking it, asking agencies what they know (which the asked agency
 * answers), and matching the child to earlier contacts.
 */
public interface CaseworkUseCase {
    Contact assignToMe(Actor actor, ContactId contact, long expectedVersion);

    List<AgencyCheck> requestChecks(Actor actor, ContactId contact, Set<AgencyId> agencies);

    AgencyCheck answerCheck(Actor actor, long checkId, String findings);

    /**
     * A MASH member confirms that two contacts are about the same child: the one whose child has no case-system id
     * takes the other's, so the child's history and repeat count follow. Exactly one of them must have an id.
     */
    Contact sameChild(Actor actor, ContactId contact, ContactId other);

    /**
     * A MASH member records the team and worker the child's case is allocated to after a referral (a decision at a
     * child in need assessment or more), for Annex A Lists 3 and 5.
     */
    Contact allocate(Actor actor, ContactId contact, long expectedVersion, Allocation allocation);

    /** A MASH member records whether the child has a disability (Annex A List 5), once it is known. */
    Contact recordDisability(Actor actor, ContactId contact, long expectedVersion, Disability disability);

    /** A MASH member judges two contacts not to be about the same child: the match is not suggested again. */
    void notSameChild(Actor actor, ContactId contact, ContactId other);
}
