package org.lscp.workspace.domain.escalation.model;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * Resolving an escalation: the outcome, what was learnt, and the recommendations the learning is recorded against.
 * DECISION_CHANGED carries the revised threshold decision, which is recorded through the front door.
 */
public record ResolveEscalationCommand(EscalationOutcome outcome, String learning,
                                       @Nullable RecordDecisionCommand revisedDecision,
                                       Set<RecommendationId> recommendations) {
    public ResolveEscalationCommand {
        recommendations = recommendations == null ? Set.of() : Set.copyOf(recommendations);
        new Check().present("outcome", outcome, "Choose the outcome.")
                .longText("learning", learning, "what was learnt", 4_000)
                .that(outcome != EscalationOutcome.DECISION_CHANGED || revisedDecision != null, "level",
                        "Record the revised decision: that is what \u201cdecision changed\u201d means.")
                .that(outcome == EscalationOutcome.DECISION_CHANGED || revisedDecision == null, "outcome",
                        "Only a \u201cdecision changed\u201d outcome revises the decision.")
                .done();
        learning = Text.block(learning);
    }
}
