package org.lscp.workspace.domain.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in member on whose behalf a use case runs. Every use case takes one and checks
 * partnership, agency and roles itself: the UI hiding a button is never the check.
 */
public record Actor(MemberId memberId, String name, PartnershipId partnershipId, String partnershipName,
                    AgencyId agencyId, String agencyName, Set<Role> roles) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Throws unless the actor holds at least one of the roles. */
    public void require(Role... wanted) {
        if (!hasAny(wanted)) {
            throw new NotAuthorisedException("You do not have permission to do this. It needs the role "
                    + String.join(" or ", Arrays.stream(wanted).map(Role::label).toList()) + ".");
        }
    }

    /** Throws unless the record belongs to the actor's partnership (reported as not found: no hint it exists). */
    public void requireSamePartnership(PartnershipId owner, String what) {
        if (!partnershipId.equals(owner)) {
            throw new NotFoundException(what + " not found.");
        }
    }
}
