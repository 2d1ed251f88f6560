package org.lscp.workspace.domain.escalation.model;

import org.jspecify.annotations.Nullable;

/**
 * Which escalations a list shows: raised by the member's agency, raised with it, or (board chair and administrator)
 * all of the partnership's; optionally only open ones, only those past their stage deadline, or only those at one
 * stage (stage 4, waiting on the partnership, for the board).
 */
public record EscalationFilter(Scope scope, boolean openOnly, boolean overdueOnly, @Nullable EscalationStage stage) {
    public enum Scope { RAISED_BY_US, RAISED_WITH_US, INVOLVING_US, ALL }

    public EscalationFilter(Scope scope, boolean openOnly, boolean overdueOnly) {
        this(scope, openOnly, overdueOnly, null);
    }

    public static EscalationFilter of(Scope scope) {
        return new EscalationFilter(scope, false, false);
    }

    /** Open escalations waiting at stage 4, on the partnership's chair. */
    public static EscalationFilter atPartnership(Scope scope) {
        return new EscalationFilter(scope, true, false, EscalationStage.PARTNERSHIP);
    }

    public EscalationFilter scoped(Scope to) {
        return new EscalationFilter(to, openOnly, overdueOnly, stage);
    }
}
