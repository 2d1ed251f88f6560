package org.lscp.workspace.domain.live.port.out;

import org.lscp.workspace.domain.shared.Actor;

/** Whether the member may see the record a subject names ("contact/42"), by that record's own rules. */
@FunctionalInterface
public interface SubjectAccess {
    boolean maySee(Actor actor, String subject);
}
