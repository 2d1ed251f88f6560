package org.lscp.workspace.domain.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.ProvisionPartnershipCommand;
import org.lscp.workspace.domain.partnership.model.ProvisionPartnershipCommand.NewMember;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class ProvisioningServiceTest {

    @Test
    void provisionsAgenciesAndMembersAuditedAsTheSystem() {
        TestPartnerships world = TestPartnerships.empty();

        PartnershipId id = world.provisioningService.provision(TestPartnerships.commandForA());

        assertThat(world.provisioningService.findByName(TestPartnerships.PARTNERSHIP_A)).contains(id);
        assertThat(world.agencies.all()).hasSize(3).allSatisfy(a -> assertThat(a.partnershipId()).isEqualTo(id));
        assertThat(world.members.all()).hasSize(4).allSatisfy(m -> {
            assertThat(m.partnershipId()).isEqualTo(id);
            assertThat(m.active()).isTrue();
            assertThat(m.passwordHash()).isEqualTo("hashed:" + TestPartnerships.PASSWORD);
        });
        assertThat(world.auditLog.all()).hasSize(7).allSatisfy(e -> {
            assertThat(e.actor()).isNull();
            assertThat(e.actorName()).isEqualTo("System");
            assertThat(e.action()).isEqualTo(AuditAction.CREATED);
            assertThat(e.partnershipId()).isEqualTo(id);
        });
        assertThat(world.signInService.signIn(TestPartnerships.ADMIN_A_EMAIL, TestPartnerships.PASSWORD))
                .isInstanceOf(org.lscp.workspace.domain.partnership.model.SignInResult.SignedIn.class);
    }

    @Test
    void eachPartnershipStartsWithItsOwnCopyOfTheEnglandAndWalesBankHolidays() {
        TestPartnerships world = TestPartnerships.create();
        var expected = org.lscp.workspace.domain.shared.EnglandAndWalesBankHolidays.named().entrySet().stream()
                .map(e -> new org.lscp.workspace.domain.partnership.model.BankHoliday(e.getKey(), e.getValue()))
                .toList();
        assertThat(world.holidays.all(world.partnershipA())).containsExactlyElementsOf(expected);
        assertThat(world.holidays.all(world.partnershipB())).containsExactlyElementsOf(expected);
        world.holidays.remove(world.partnershipA(), expected.get(0).day());
        assertThat(world.holidays.all(world.partnershipB())).hasSize(expected.size());
        assertThat(world.auditLog.all()).as("seeding is not audited line by line")
                .noneMatch(e -> e.entityType().equals("Bank holiday"));
    }

    @Test
    void aSecondPartnershipWithTheSameNameIsRejected() {
        TestPartnerships world = TestPartnerships.create();
        assertThatThrownBy(() -> world.provisioningService.provision(TestPartnerships.commandForA()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A partnership with this name already exists.");
    }

    @Test
    void aMemberNamingAnUnknownAgencyIsRejected() {
        TestPartnerships world = TestPartnerships.empty();
        var command = new ProvisionPartnershipCommand("Eastmoor SCP", "Eastmoor",
                List.of(new SaveAgencyCommand("Eastmoor Police", AgencyKind.POLICE, true)),
                List.of(new NewMember("Eve", "eve@eastmoor.example.org", "Eastmoor Health",
                        Set.of(Role.PARTNERSHIP_ADMIN), TestPartnerships.PASSWORD)));
        assertThatThrownBy(() -> world.provisioningService.provision(command))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Member Eve names an unknown agency.");
    }

    @Test
    void anEmailAlreadyInUseIsRejected() {
        TestPartnerships world = TestPartnerships.create();
        var command = new ProvisionPartnershipCommand("Eastmoor SCP", "Eastmoor",
                List.of(new SaveAgencyCommand("Eastmoor Police", AgencyKind.POLICE, true)),
                List.of(new NewMember("Eve", TestPartnerships.ADMIN_B_EMAIL.toUpperCase(), "Eastmoor Police",
                        Set.of(Role.PARTNERSHIP_ADMIN), TestPartnerships.PASSWORD)));
        assertThatThrownBy(() -> world.provisioningService.provision(command))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Email " + TestPartnerships.ADMIN_B_EMAIL + " is already in use.");
    }

    @Test
    void unknownNameIsNotFound() {
        assertThat(TestPartnerships.empty().provisioningService.findByName("Nowhere SCP")).isEmpty();
    }

    private static ProvisionPartnershipCommand eastmoor(String name, String password, boolean temporary) {
        return new ProvisionPartnershipCommand(name, "Eastmoor",
                List.of(new SaveAgencyCommand("Eastmoor Police", AgencyKind.POLICE, true)),
                List.of(new NewMember("Eve Jones", "eve@" + name.replace(' ', '-') + ".example.org",
                        "Eastmoor Police", Set.of(Role.PARTNERSHIP_ADMIN), password)), temporary);
    }

    @Test
    void initialPasswordsFollowThePasswordPolicy() {
        TestPartnerships world = TestPartnerships.empty();
        assertThatThrownBy(() -> world.provisioningService.provision(eastmoor("Eastmoor SCP", "eve-jones-password",
                true))).isInstanceOf(ValidationException.class)
                .hasMessage("Member Eve Jones: Do not use the member's name or email address in the password.");
        assertThat(world.members.all()).isEmpty();
    }

    @Test
    void initialPasswordsAreTemporaryUnlessTheCommandSaysOtherwise() {
        TestPartnerships world = TestPartnerships.empty();
        world.provisioningService.provision(eastmoor("Eastmoor SCP", TestPartnerships.PASSWORD, true));
        world.provisioningService.provision(eastmoor("Westmoor SCP", TestPartnerships.PASSWORD, false));

        assertThat(world.memberByEmail("eve@eastmoor-scp.example.org").mustChangePassword()).isTrue();
        assertThat(world.memberByEmail("eve@westmoor-scp.example.org").mustChangePassword()).isFalse();
        assertThat(new ProvisionPartnershipCommand("Northmoor SCP", "Northmoor",
                List.of(new SaveAgencyCommand("Northmoor Police", AgencyKind.POLICE, true)),
                List.of(new NewMember("Eve Jones", "eve@northmoor.example.org", "Northmoor Police",
                        Set.of(Role.PARTNERSHIP_ADMIN), TestPartnerships.PASSWORD))).temporaryPasswords())
                .as("temporary by default").isTrue();
    }
}
