package org.lscp.workspace.domain.escalation.model;

/**
 * Which escalations a list shows: raised by the member's agency, raised with it, or (board chair and administrator)
 * all of the partnership's; optionally only open ones, or only those past their stage deadline.
 */
public record EscalationFilter(Scope scope, boolean openOnly, boolean overdueOnly) {
    public enum Scope { RAISED_BY_US, RAISED_WITH_US, INVOLVING_US, ALL }

    public static EscalationFilter of(Scope scope) {
        return new EscalationFilter(scope, false, false);
    }
}
