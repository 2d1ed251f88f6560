package org.lscp.workspace.domain.section11.model;

import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Role;

/** Who does what in Section 11, for the use case that enforces it and the page that offers it. */
public final class Section11Permissions {
    private Section11Permissions() {
    }

    /** The admin starts cycles. */
    public static boolean startsCycles(Actor actor) {
        return actor.has(Role.PARTNERSHIP_ADMIN);
    }

    /** The challenge panel: the chair, or the admin who convenes it. */
    public static boolean sitsOnThePanel(Actor actor) {
        return actor.hasAny(Role.BOARD_CHAIR, Role.PARTNERSHIP_ADMIN);
    }

    /** The admin or a lead officer puts an agreed action on the plan. */
    public static boolean agreesActions(Actor actor) {
        return actor.hasAny(Role.PARTNERSHIP_ADMIN, Role.LEAD_OFFICER);
    }

    /** The agency's named lead in a cycle rates its standards and responds to challenges. */
    public static boolean leads(Actor actor, Cycle cycle) {
        return actor.memberId().equals(cycle.leads().get(actor.agencyId()));
    }
}
