package org.lscp.workspace.domain.settings.port.in;

import org.lscp.workspace.domain.escalation.model.EscalationTimescales;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import org.lscp.workspace.domain.settings.model.PartnershipSettings;
import org.lscp.workspace.domain.shared.Actor;

/** PARTNERSHIP_ADMIN sets the partnership's timescales; new deadlines use them, existing ones stand. */
public interface ManageSettingsUseCase {
    PartnershipSettings get(Actor actor);

    PartnershipSettings save(Actor actor, DecisionTimescales decisions, EscalationTimescales escalations,
                             ProtectionTimescales protection);
}
