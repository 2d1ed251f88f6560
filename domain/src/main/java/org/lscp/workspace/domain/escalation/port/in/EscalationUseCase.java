package org.lscp.workspace.domain.escalation.port.in;

import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.escalation.model.ResolveEscalationCommand;
import org.lscp.workspace.domain.shared.Actor;

/** Professional disagreements between agencies and their way through the four stages. */
public interface EscalationUseCase {
    Escalation raise(Actor actor, RaiseEscalationCommand command);

    /** The answering agency's position at the current stage: agrees with the challenge, or maintains its view. */
    Escalation respond(Actor actor, long escalationId, long expectedVersion, boolean agrees, String response);

    Escalation escalate(Actor actor, long escalationId, long expectedVersion, String reason);

    /** DECISION_CHANGED revises the threshold decision through the front door, linked both ways. */
    Escalation resolve(Actor actor, long escalationId, long expectedVersion, ResolveEscalationCommand command);

    Escalation withdraw(Actor actor, long escalationId, long expectedVersion, String reason);
}
