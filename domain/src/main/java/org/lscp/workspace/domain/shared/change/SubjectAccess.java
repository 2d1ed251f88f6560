package org.lscp.workspace.domain.shared.change;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.shared.Actor;

/**
 * Who may see the record a subject names ("contact/42", "escalation/7", "plan/recommendations/12/actions/5"), by
 * that record's own rules. A feature reads its record once however many members it is asked about.
 */
@FunctionalInterface
public interface SubjectAccess {
    /** Of these members (of one partnership), those who may see the record, in the order given. */
    List<Actor> whoMaySee(List<Actor> members, String subject);

    default boolean maySee(Actor actor, String subject) {
        return !whoMaySee(List.of(actor), subject).isEmpty();
    }

    /** Each feature answers for its own subjects and refuses the rest; a member may see it if one says so. */
    static SubjectAccess anyOf(SubjectAccess... features) {
        List<SubjectAccess> all = List.of(features);
        return (members, subject) -> {
            Set<Actor> may = new HashSet<>();
            for (SubjectAccess feature : all) may.addAll(feature.whoMaySee(members, subject));
            return members.stream().filter(may::contains).toList();
        };
    }
}
