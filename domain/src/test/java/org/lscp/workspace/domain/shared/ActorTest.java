package org.lscp.workspace.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {
    private static final PartnershipId A = new PartnershipId(1);
    private static final PartnershipId B = new PartnershipId(2);

    private static Actor actor(Set<Role> roles) {
        return new Actor(new MemberId(7), "Asha Patel", A, "Northshire", new AgencyId(3), "Police", roles);
    }

    @Test
    void requirePassesWithAnyOfTheRoles() {
        Actor actor = actor(Set.of(Role.MASH_MANAGER, Role.LEAD_OFFICER));
        assertThatCode(() -> actor.require(Role.MASH_MANAGER)).doesNotThrowAnyException();
        assertThatCode(() -> actor.require(Role.PARTNERSHIP_ADMIN, Role.LEAD_OFFICER)).doesNotThrowAnyException();
        assertThat(actor.has(Role.MASH_MANAGER)).isTrue();
        assertThat(actor.has(Role.PRACTITIONER)).isFalse();
        assertThat(actor.hasAny(Role.PRACTITIONER, Role.LEAD_OFFICER)).isTrue();
        assertThat(actor.hasAny(Role.PRACTITIONER)).isFalse();
    }

    @Test
    void requireFailsNamingTheNeededRoles() {
        Actor actor = actor(Set.of(Role.PRACTITIONER));
        assertThatThrownBy(() -> actor.require(Role.PARTNERSHIP_ADMIN))
                .isInstanceOf(NotAuthorisedException.class)
                .hasMessage("You do not have permission to do this. It needs the role Partnership admin.");
        assertThatThrownBy(() -> actor.require(Role.MASH_MANAGER, Role.BOARD_CHAIR))
                .isInstanceOf(NotAuthorisedException.class)
                .hasMessage("You do not have permission to do this. It needs the role MASH manager or Board chair.");
    }

    @Test
    void anActorWithoutRolesMayDoNothing() {
        Actor actor = actor(Set.of());
        assertThat(actor.roles()).isEmpty();
        assertThatThrownBy(() -> actor.require(Role.PRACTITIONER)).isInstanceOf(NotAuthorisedException.class);
    }

    @Test
    void rolesAreAnImmutableCopy() {
        Set<Role> roles = new HashSet<>(Set.of(Role.PRACTITIONER));
        Actor actor = actor(roles);
        roles.add(Role.PARTNERSHIP_ADMIN);
        assertThat(actor.roles()).containsExactly(Role.PRACTITIONER);
        assertThatThrownBy(() -> actor.roles().add(Role.BOARD_CHAIR)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requireSamePartnershipPassesForOwnPartnership() {
        assertThatCode(() -> actor(Set.of()).requireSamePartnership(A, "Agency")).doesNotThrowAnyException();
    }

    @Test
    void anotherPartnershipsRecordIsReportedAsNotFound() {
        assertThatThrownBy(() -> actor(Set.of(Role.PARTNERSHIP_ADMIN)).requireSamePartnership(B, "Agency"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Agency not found.");
    }
}
