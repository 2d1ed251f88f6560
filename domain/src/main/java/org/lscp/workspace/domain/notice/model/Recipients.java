package org.lscp.workspace.domain.notice.model;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.Role;

/**
 * Whom a notice is for: one member, an agency's members or the holders of a role, and of those only the active
 * ones who qualify ({@code who}: e.g. may see the record the notice links to). Never anyone outside the partnership.
 */
public record Recipients(@Nullable MemberId member, @Nullable AgencyId agency, @Nullable Role role,
                         Predicate<Actor> who) {
    public static Recipients member(MemberId member, Predicate<Actor> who) {
        return new Recipients(member, null, null, who);
    }

    public static Recipients agency(AgencyId agency, Predicate<Actor> who) {
        return new Recipients(null, agency, null, who);
    }

    public static Recipients role(Role role, Predicate<Actor> who) {
        return new Recipients(null, null, role, who);
    }
}
