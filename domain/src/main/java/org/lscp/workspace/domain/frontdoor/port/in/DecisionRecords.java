package org.lscp.workspace.domain.frontdoor.port.in;

import java.util.Optional;
import org.lscp.workspace.domain.frontdoor.model.DecidedContact;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Threshold decisions as another feature reads them (an escalation disputes one). It takes no actor: the calling use
 * case has checked its caller, and decides with {@link DecidedContact#mayBeSeenBy} whether the caller may see it.
 */
public interface DecisionRecords {
    /** The decision with its contact, if both are the partnership's. */
    Optional<DecidedContact> find(PartnershipId partnership, long decisionId);
}
