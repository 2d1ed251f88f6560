package org.lscp.workspace.domain.escalation.model;

import java.util.List;
import java.util.Set;

/**
 * The escalation page: the escalation, the agencies' names, its timeline, what the viewer may do now and the
 * outcomes they may close it with.
 */
public record EscalationView(Escalation escalation, String raisingAgencyName, String respondingAgencyName,
                             List<EscalationEvent> timeline, Set<EscalationAction> allowed,
                             Set<EscalationOutcome> outcomes) {
}
