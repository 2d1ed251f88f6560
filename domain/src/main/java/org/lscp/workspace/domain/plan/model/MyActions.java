package org.lscp.workspace.domain.plan.model;

import java.util.List;

/** "My actions": what the member leads and has not completed, split into overdue, due this week and later. */
public record MyActions(List<LedAction> overdue, List<LedAction> dueThisWeek, List<LedAction> later) {

    /** An action with the recommendation it serves. */
    public record LedAction(ActionView action, Recommendation recommendation) {
    }

    public boolean isEmpty() {
        return overdue.isEmpty() && dueThisWeek.isEmpty() && later.isEmpty();
    }
}
