package org.lscp.workspace.domain.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;

/** No member ever sees or touches another partnership's data through the use cases. */
class PartnershipIsolationTest {
    private TestPartnerships world;
    private Actor adminB;
    private Agency policeOfA;
    private Member practitionerOfA;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        adminB = world.adminB();
        policeOfA = world.agencyService.get(world.adminA(), world.agencyId(world.partnershipA(),
                TestPartnerships.A_POLICE));
        practitionerOfA = world.memberByEmail(TestPartnerships.PRACTITIONER_A_EMAIL);
    }

    @Test
    void adminOfBCannotGetAnAgencyOfA() {
        assertThatThrownBy(() -> world.agencyService.get(adminB, policeOfA.requireId()))
                .isInstanceOf(NotFoundException.class).hasMessage("Agency not found.");
    }

    @Test
    void adminOfBCannotUpdateAnAgencyOfA() {
        int audit = world.auditLog.size();
        assertThatThrownBy(() -> world.agencyService.update(adminB, policeOfA.requireId(), policeOfA.version(),
                new SaveAgencyCommand("Taken over", AgencyKind.POLICE, true)))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.agencies.findAnyPartnership(policeOfA.requireId())).contains(policeOfA);
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void adminOfBListsOnlyTheirOwnAgencies() {
        assertThat(world.agencyService.list(adminB, AgencyFilter.NONE, PageRequest.first(50)))
                .extracting(Agency::name).containsExactly(TestPartnerships.B_CHILDRENS_SERVICES);
        assertThat(world.agencyService.count(adminB, AgencyFilter.NONE)).isEqualTo(1);
        assertThat(world.agencyService.count(adminB, new AgencyFilter("Northshire", null))).isZero();
    }

    @Test
    void adminOfBCannotGetUpdateDeactivateOrReactivateAMemberOfA() {
        var id = practitionerOfA.requireId();
        var members = world.memberService;
        assertThatThrownBy(() -> members.get(adminB, id))
                .isInstanceOf(NotFoundException.class).hasMessage("Member not found.");
        AgencyId agencyOfB = world.agencyId(world.partnershipB(), TestPartnerships.B_CHILDRENS_SERVICES);
        assertThatThrownBy(() -> members.update(adminB, id, practitionerOfA.version(), new SaveMemberCommand(
                "Hijacked", practitionerOfA.email(), agencyOfB, Set.of(Role.PARTNERSHIP_ADMIN))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.deactivate(adminB, id, practitionerOfA.version()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.reactivate(adminB, id, practitionerOfA.version()))
                .isInstanceOf(NotFoundException.class);

        assertThat(world.members.findAnyPartnership(id)).contains(practitionerOfA);
        assertThat(world.sessions.ended()).isEmpty();
    }

    @Test
    void adminOfBListsOnlyTheirOwnMembers() {
        assertThat(world.memberService.list(adminB, MemberFilter.NONE, PageRequest.first(50)))
                .extracting(Member::email).containsExactly(TestPartnerships.ADMIN_B_EMAIL);
        assertThat(world.memberService.count(adminB, new MemberFilter("northshire", null, null, null))).isZero();
        assertThat(world.memberService.count(adminB, new MemberFilter(null,
                practitionerOfA.agencyId(), null, null))).isZero();
    }

    @Test
    void adminOfBCannotPlaceAMemberInAnAgencyOfA() {
        assertThatThrownBy(() -> world.memberService.create(adminB, new SaveMemberCommand("Spy",
                "spy@southvale.example.org", policeOfA.requireId(), Set.of(Role.PRACTITIONER)), "long-enough-pass"))
                .hasMessageContaining("Choose one of your partnership's agencies.");
    }

    @Test
    void actorsCarryTheirOwnPartnership() {
        assertThat(world.adminA().partnershipId()).isEqualTo(world.partnershipA())
                .isNotEqualTo(adminB.partnershipId());
        assertThat(adminB.partnershipName()).isEqualTo(TestPartnerships.PARTNERSHIP_B);
        assertThat(adminB.agencyName()).isEqualTo(TestPartnerships.B_CHILDRENS_SERVICES);
    }
}
