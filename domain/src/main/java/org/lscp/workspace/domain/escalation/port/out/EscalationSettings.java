package org.lscp.workspace.domain.escalation.port.out;

import org.lscp.workspace.domain.escalation.model.EscalationTimescales;
import org.lscp.workspace.domain.shared.PartnershipId;

/** The partnership's stage timescales (the defaults until an admin changes them). */
public interface EscalationSettings {
    EscalationTimescales escalationTimescales(PartnershipId partnership);
}
