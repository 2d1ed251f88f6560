package org.lscp.workspace.domain.frontdoor.port.in;

import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.shared.Actor;

/** A MASH_MANAGER decides on a contact or revises the decision; another manager oversees it. */
public interface DecideUseCase {
    /** First decision, or a revision that supersedes the current one. */
    ThresholdDecision decide(Actor actor, ContactId contact, long expectedVersion, RecordDecisionCommand command);

    ThresholdDecision oversee(Actor actor, long decisionId, String comment);
}
