package org.lscp.workspace.app.ui;

import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Role;

/** A deliberate offender for ArchitectureTest: a class among the views that reads a role itself. */
public final class ChecksARole {
    private ChecksARole() {
    }

    static boolean mayDecide(Actor actor) {
        return actor.has(Role.MASH_MANAGER);
    }
}
