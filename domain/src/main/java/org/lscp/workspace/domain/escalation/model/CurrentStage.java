package org.lscp.workspace.domain.escalation.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The stage an escalation is at, since when, its deadline, and the answering agency's position there: null until it
 * answers, true when it agrees with the challenge, false when it maintains its view.
 */
public record CurrentStage(EscalationStage stage, Instant startedAt, Instant deadline, @Nullable Boolean response) {
    /** A stage just begun, with no answer yet. */
    public static CurrentStage begun(EscalationStage stage, Instant at, Instant deadline) {
        return new CurrentStage(stage, at, deadline, null);
    }

    public CurrentStage answered(boolean agrees) {
        return new CurrentStage(stage, startedAt, deadline, agrees);
    }
}
