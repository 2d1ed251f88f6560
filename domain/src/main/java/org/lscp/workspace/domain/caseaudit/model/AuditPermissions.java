package org.lscp.workspace.domain.caseaudit.model;

import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Role;

/** Who does what in a case audit, for the use cases that enforce it and the pages that offer it. */
public final class AuditPermissions {
    private AuditPermissions() {
    }

    /** The partnership admin sets up audits, draws their samples, adds cases and offers them for re-audit. */
    public static boolean runsAudits(Actor actor) {
        return actor.has(Role.PARTNERSHIP_ADMIN);
    }

    public static void requireRunsAudits(Actor actor) {
        actor.require(Role.PARTNERSHIP_ADMIN);
    }

    /** The admin or a lead officer makes a finding an action on the plan. */
    public static boolean makesActions(Actor actor) {
        return actor.hasAny(Role.PARTNERSHIP_ADMIN, Role.LEAD_OFFICER);
    }
}
