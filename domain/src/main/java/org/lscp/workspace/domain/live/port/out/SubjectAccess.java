package org.lscp.workspace.domain.live.port.out;

import java.util.List;
import org.lscp.workspace.domain.shared.Actor;

/** Whether the member may see the record a subject names ("contact/42", "escalation/7", "plan/recommendations/12/actions/5"), by that record's own rules. */
@FunctionalInterface
public interface SubjectAccess {
    boolean maySee(Actor actor, String subject);

    /** Each feature answers for its own subjects and refuses the rest; the member may see it if one says so. */
    static SubjectAccess anyOf(SubjectAccess... features) {
        List<SubjectAccess> all = List.of(features);
        return (actor, subject) -> all.stream().anyMatch(f -> f.maySee(actor, subject));
    }
}
