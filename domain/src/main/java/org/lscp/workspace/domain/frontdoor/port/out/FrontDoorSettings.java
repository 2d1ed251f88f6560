package org.lscp.workspace.domain.frontdoor.port.out;

import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import org.lscp.workspace.domain.shared.PartnershipId;

/** The partnership's decision and strategy discussion timescales (the defaults until an admin changes them). */
public interface FrontDoorSettings {
    DecisionTimescales timescales(PartnershipId partnership);

    ProtectionTimescales protectionTimescales(PartnershipId partnership);
}
