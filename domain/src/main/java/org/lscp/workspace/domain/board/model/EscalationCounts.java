package org.lscp.workspace.domain.board.model;

import java.util.Map;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.shared.AgencyId;

/**
 * Escalations raised in the period: by raising agency, by the highest stage reached, how many are resolved and how
 * many of those at stage 1 or 2, how many are open past their stage deadline, outcomes, and how many distinct
 * decisions were disputed.
 */
public record EscalationCounts(long raised, Map<AgencyId, Long> byRaisingAgency, Map<Integer, Long> byHighestStage,
                               long resolved, long resolvedAtStage1or2, long overdue,
                               Map<EscalationOutcome, Long> outcomes, long decisionsDisputed) {
    public EscalationCounts {
        byRaisingAgency = Map.copyOf(byRaisingAgency);
        byHighestStage = Map.copyOf(byHighestStage);
        outcomes = Map.copyOf(outcomes);
    }

    public static final EscalationCounts NONE = new EscalationCounts(0, Map.of(), Map.of(), 0, 0, 0, Map.of(), 0);
}
