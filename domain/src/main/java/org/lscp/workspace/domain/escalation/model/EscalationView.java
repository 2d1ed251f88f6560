package org.lscp.workspace.domain.escalation.model;

import java.util.List;
import java.util.Set;

/** The escalation page: the escalation, the agencies' names, its timeline and what the viewer may do now. */
public record EscalationView(Escalation escalation, String raisingAgencyName, String respondingAgencyName,
                             List<EscalationEvent> timeline, Set<EscalationAction> allowed) {
}
