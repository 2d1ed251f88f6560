package org.lscp.workspace.domain.escalation.port.out;

import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.shared.Actor;

/**
 * Where an escalation resolved "decision changed" records the revised decision: on the contact, by the front door's
 * own rules and as the member resolving it. The front door answers it through its decision use case (wired in
 * {@code app}), so the escalations never hold another feature's use case.
 */
@FunctionalInterface
public interface DecisionRevisions {
    ThresholdDecision decide(Actor actor, ContactId contact, long expectedVersion, RecordDecisionCommand command);
}
