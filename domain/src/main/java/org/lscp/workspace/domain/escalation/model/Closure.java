package org.lscp.workspace.domain.escalation.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How an escalation ended: when and by whom; for a resolved one, its outcome, the learning and, where the decision
 * changed, the decision that replaced it (a withdrawn one has none of these).
 */
public record Closure(@Nullable EscalationOutcome outcome, @Nullable String learning, Instant closedAt,
                      String closedByName, @Nullable Long resultingDecisionId) {
    public static Closure withdrawn(Instant at, String byName) {
        return new Closure(null, null, at, byName, null);
    }

    public Closure withLearning(@Nullable String text) {
        return new Closure(outcome, text, closedAt, closedByName, resultingDecisionId);
    }
}
