package org.lscp.workspace.domain.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.A_CHILDRENS_SERVICES;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.A_HEALTH;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.A_POLICE;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.B_CHILDRENS_SERVICES;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.model.SessionEnd;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class MemberServiceTest {
    private static final String GOOD_PASSWORD = "twelve-chars";

    private TestPartnerships world;
    private MemberService service;
    private Actor admin;
    private AgencyId police;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        service = world.memberService;
        admin = world.adminA();
        police = world.agencyId(world.partnershipA(), A_POLICE);
    }

    private SaveMemberCommand dana(AgencyId agency, Role... roles) {
        return new SaveMemberCommand("Dana Okafor", "Dana.Okafor@Northshire.example.org", agency, Set.of(roles));
    }

    private List<AuditEntry> auditOf(Member member) {
        return world.auditLog.all().stream()
                .filter(e -> e.entityType().equals("Member") && e.entityId().equals(member.auditId()))
                .toList();
    }

    private Member practitioner() {
        return world.memberByEmail(TestPartnerships.PRACTITIONER_A_EMAIL);
    }

    // --- create ---

    @Test
    void adminCreatesAMemberWithAHashedPassword() {
        Member created = service.create(admin, dana(police, Role.PRACTITIONER, Role.LEAD_OFFICER), GOOD_PASSWORD);

        assertThat(created.id()).isNotNull();
        assertThat(created.partnershipId()).isEqualTo(world.partnershipA());
        assertThat(created.email()).isEqualTo("dana.okafor@northshire.example.org");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.PRACTITIONER, Role.LEAD_OFFICER);
        assertThat(created.active()).isTrue();
        assertThat(created.passwordHash()).isEqualTo("hashed:" + GOOD_PASSWORD);
        assertThat(created.mustChangePassword()).as("an admin's password is temporary").isTrue();
        assertThat(created.version()).isZero();
        assertThat(auditOf(created)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATED);
            assertThat(e.actor()).isEqualTo(admin.memberId());
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("name: Dana Okafor", "email: dana.okafor@northshire.example.org",
                    "roles: Practitioner, Lead officer", "agency: Northshire Police", "active: yes")
                    .doesNotContain(GOOD_PASSWORD);
        });
    }

    @Test
    void passwordOfTwelveCharactersIsTheMinimum() {
        assertThat(ManageMembersUseCase.PASSWORD_MIN).isEqualTo(12);
        int before = world.members.all().size();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.create(admin, dana(police, Role.PRACTITIONER), "eleven-char"));

        assertThat(e.fieldErrors()).containsExactlyEntriesOf(
                Map.of("password", "Choose a password of at least 12 characters."));
        assertThat(world.members.all()).hasSize(before);
        assertThatThrownBy(() -> service.create(admin, dana(police, Role.PRACTITIONER), null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void passwordLongerThan128IsRejected() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.create(admin, dana(police, Role.PRACTITIONER), "p".repeat(129)));
        assertThat(e.fieldErrors()).containsEntry("password", "Choose a password of 128 characters or fewer.");
        assertThat(service.create(admin, dana(police, Role.PRACTITIONER), "p".repeat(128)).id()).isNotNull();
    }

    @Test
    void unknownAgencyIsRejected() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.create(admin, dana(new AgencyId(9999), Role.PRACTITIONER), GOOD_PASSWORD));
        assertThat(e.fieldErrors()).containsEntry("agency", "Choose one of your partnership's agencies.");
    }

    @Test
    void anotherPartnershipsAgencyIsRejected() {
        AgencyId agencyOfB = world.agencyId(world.partnershipB(), B_CHILDRENS_SERVICES);
        int before = world.members.all().size();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.create(admin, dana(agencyOfB, Role.PRACTITIONER), GOOD_PASSWORD));

        assertThat(e.fieldErrors()).containsEntry("agency", "Choose one of your partnership's agencies.");
        assertThat(world.members.all()).hasSize(before);
    }

    @Test
    void duplicateEmailIsRejectedIgnoringCaseAndAcrossPartnerships() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> service.create(admin,
                new SaveMemberCommand("Another", "PRACTITIONER@northshire.example.org", police,
                        Set.of(Role.PRACTITIONER)), GOOD_PASSWORD));
        assertThat(e.fieldErrors()).containsEntry("email", MemberService.EMAIL_TAKEN);

        AgencyId agencyOfB = world.agencyId(world.partnershipB(), B_CHILDRENS_SERVICES);
        assertThatThrownBy(() -> service.create(world.adminB(), new SaveMemberCommand("Copy",
                TestPartnerships.ADMIN_A_EMAIL, agencyOfB, Set.of(Role.PRACTITIONER)), GOOD_PASSWORD))
                .isInstanceOf(ValidationException.class).hasMessageContaining(MemberService.EMAIL_TAKEN);
    }

    @Test
    void aTakenEmailIsRefusedInTheSameWordsWhicheverPartnershipHasIt() {
        ValidationException ownPartnership = catchThrowableOfType(ValidationException.class, () -> service.create(
                admin, new SaveMemberCommand("Another", TestPartnerships.PRACTITIONER_A_EMAIL, police,
                        Set.of(Role.PRACTITIONER)), GOOD_PASSWORD));
        ValidationException otherPartnership = catchThrowableOfType(ValidationException.class, () -> service.create(
                admin, new SaveMemberCommand("Another", TestPartnerships.ADMIN_B_EMAIL, police,
                        Set.of(Role.PRACTITIONER)), GOOD_PASSWORD));

        assertThat(otherPartnership.fieldErrors()).isEqualTo(ownPartnership.fieldErrors())
                .containsExactly(Map.entry("email", "This email address cannot be used: choose another, or contact "
                        + "support if it is this person's address."));
        assertThat(otherPartnership.getMessage()).doesNotContainIgnoringCase("another member")
                .doesNotContain(TestPartnerships.PARTNERSHIP_B);
    }

    @Test
    void theTemporaryPasswordFollowsThePasswordPolicy() {
        int before = world.members.all().size();
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.create(admin, dana(police, Role.PRACTITIONER), "1QAZ2WSX3EDC")).fieldErrors())
                .containsExactly(Map.entry("password", "This password is too common: choose another."));
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.create(admin, dana(police, Role.PRACTITIONER), "welcome-okafor-2026")).fieldErrors())
                .containsExactly(Map.entry("password",
                        "Do not use the member's name or email address in the password."));
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.create(admin, dana(police, Role.PRACTITIONER), " ".repeat(14))).fieldErrors())
                .containsExactly(Map.entry("password", "Choose a password of at least 12 characters, not only spaces."));
        assertThat(world.members.all()).hasSize(before);
    }

    @Test
    void aWeakPasswordAndATakenEmailAreReportedTogether() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> service.create(admin,
                new SaveMemberCommand("Another", TestPartnerships.PRACTITIONER_A_EMAIL, police,
                        Set.of(Role.PRACTITIONER)), "short"));
        assertThat(e.fieldErrors()).containsOnlyKeys("email", "password");
    }

    // --- reset password ---

    @Test
    void adminResetsAMembersPasswordToATemporaryOneAndEndsTheirSessions() {
        Member ben = practitioner();

        Member reset = service.resetPassword(admin, ben.requireId(), ben.version(), "a-new-temporary-one");

        assertThat(reset.passwordHash()).isEqualTo("hashed:a-new-temporary-one");
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(world.sessions.ended()).containsExactly(ben.requireId());
        assertThat(world.sessions.reasons()).extracting(SessionEnd::why).containsExactly(SessionEnd.PASSWORD_RESET);
        assertThat(auditOf(ben)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PASSWORD_RESET);
            assertThat(e.actor()).isEqualTo(admin.memberId());
            assertThat(e.after()).contains("temporary password: yes").doesNotContain("a-new-temporary-one");
        });
    }

    @Test
    void aResetFollowsThePolicyAndIsNotForOnesOwnPassword() {
        Member ben = practitioner();
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.resetPassword(admin, ben.requireId(), ben.version(), "ben-carter-password"))
                .fieldErrors()).containsEntry("password",
                "Do not use the member's name or email address in the password.");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.resetPassword(admin, admin.memberId(), 0, "a-new-temporary-one")).fieldErrors())
                .containsEntry("password", "Change your own password on the Change password page.");
        assertThatThrownBy(() -> service.resetPassword(world.practitionerA(), ben.requireId(), ben.version(),
                "a-new-temporary-one")).isInstanceOf(NotAuthorisedException.class);
        assertThat(practitioner().passwordHash()).isEqualTo(ben.passwordHash());
        assertThat(world.sessions.ended()).isEmpty();
    }

    @Test
    void unknownAgencyAndDuplicateEmailAreReportedTogether() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> service.create(admin,
                new SaveMemberCommand("Another", TestPartnerships.PRACTITIONER_A_EMAIL, new AgencyId(9999),
                        Set.of(Role.PRACTITIONER)), GOOD_PASSWORD));
        assertThat(e.fieldErrors()).containsOnlyKeys("agency", "email");
    }

    @Test
    void practitionerCannotManageMembers() {
        Actor practitioner = world.practitionerA();
        int audit = world.auditLog.size();
        assertThatThrownBy(() -> service.create(practitioner, dana(police, Role.PRACTITIONER), GOOD_PASSWORD))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> service.list(practitioner, MemberFilter.NONE, PageRequest.first(10)))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> service.count(practitioner, MemberFilter.NONE))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> service.get(practitioner, practitioner.memberId()))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> service.deactivate(practitioner, admin.memberId(), 0))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(world.auditLog.size()).isEqualTo(audit);
        assertThat(world.sessions.ended()).isEmpty();
    }

    // --- update ---

    @Test
    void updateChangesDetailsAndAuditsBeforeAndAfter() {
        Member ben = practitioner();
        AgencyId health = world.agencyId(world.partnershipA(), A_HEALTH);

        Member updated = service.update(admin, ben.requireId(), ben.version(),
                new SaveMemberCommand("Ben Carter-Smith", ben.email(), health, ben.roles()));

        assertThat(updated.name()).isEqualTo("Ben Carter-Smith");
        assertThat(updated.agencyId()).isEqualTo(health);
        assertThat(updated.version()).isEqualTo(ben.version() + 1);
        assertThat(updated.passwordHash()).isEqualTo(ben.passwordHash());
        assertThat(auditOf(ben)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATED);
            assertThat(e.before()).contains("name: Ben Carter\n");
            assertThat(e.after()).contains("name: Ben Carter-Smith\n", "agency: " + A_HEALTH);
        });
        assertThat(world.sessions.ended()).as("roles did not change").isEmpty();
    }

    @Test
    void changingAnotherMembersRolesEndsTheirSessions() {
        Member ben = practitioner();

        service.update(admin, ben.requireId(), ben.version(), new SaveMemberCommand(ben.name(), ben.email(),
                ben.agencyId(), Set.of(Role.PRACTITIONER, Role.MASH_PRACTITIONER)));

        assertThat(world.sessions.ended()).containsExactly(ben.requireId());
        assertThat(world.sessions.reasons()).extracting(SessionEnd::why).containsExactly(SessionEnd.ROLES_CHANGED);
        assertThat(world.practitionerA().roles()).containsExactlyInAnyOrder(Role.PRACTITIONER,
                Role.MASH_PRACTITIONER);
    }

    @Test
    void adminCannotRemoveTheirOwnAdminRole() {
        Member self = world.memberByEmail(TestPartnerships.ADMIN_A_EMAIL);

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.update(admin, self.requireId(), self.version(), new SaveMemberCommand(self.name(),
                        self.email(), self.agencyId(), Set.of(Role.PRACTITIONER))));

        assertThat(e.fieldErrors()).containsExactlyEntriesOf(
                Map.of("roles", "You cannot remove your own partnership admin role."));
        assertThat(world.memberByEmail(TestPartnerships.ADMIN_A_EMAIL).roles()).containsExactly(Role.PARTNERSHIP_ADMIN);
    }

    @Test
    void adminMayAddRolesToThemselvesWithoutLosingTheirSession() {
        Member self = world.memberByEmail(TestPartnerships.ADMIN_A_EMAIL);
        Member updated = service.update(admin, self.requireId(), self.version(), new SaveMemberCommand(self.name(),
                self.email(), self.agencyId(), Set.of(Role.PARTNERSHIP_ADMIN, Role.BOARD_CHAIR)));
        assertThat(updated.roles()).containsExactlyInAnyOrder(Role.PARTNERSHIP_ADMIN, Role.BOARD_CHAIR);
        assertThat(world.sessions.ended()).isEmpty();
    }

    @Test
    void updateToAnEmailInUseIsRejectedButKeepingOwnEmailIsFine() {
        Member ben = practitioner();
        assertThatThrownBy(() -> service.update(admin, ben.requireId(), ben.version(), new SaveMemberCommand(
                ben.name(), TestPartnerships.ADMIN_B_EMAIL, ben.agencyId(), ben.roles())))
                .isInstanceOf(ValidationException.class).hasMessage(MemberService.EMAIL_TAKEN);
        assertThat(service.update(admin, ben.requireId(), ben.version(), new SaveMemberCommand(
                ben.name(), ben.email().toUpperCase(), ben.agencyId(), ben.roles())).email()).isEqualTo(ben.email());
    }

    @Test
    void updateWithAStaleVersionSaysWhoChangedIt() {
        Member ben = practitioner();
        service.update(admin, ben.requireId(), ben.version(),
                new SaveMemberCommand("Ben C", ben.email(), ben.agencyId(), ben.roles()));

        assertThatThrownBy(() -> service.update(admin, ben.requireId(), ben.version(),
                new SaveMemberCommand("Benjamin", ben.email(), ben.agencyId(), ben.roles())))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("This member was changed by " + TestPartnerships.ADMIN_A_NAME);
        assertThatThrownBy(() -> service.deactivate(admin, ben.requireId(), ben.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(practitioner().active()).isTrue();
    }

    // --- deactivate / reactivate ---

    @Test
    void deactivatingEndsSessionsAndAudits() {
        Member ben = practitioner();

        Member deactivated = service.deactivate(admin, ben.requireId(), ben.version());

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.version()).isEqualTo(ben.version() + 1);
        assertThat(world.sessions.ended()).containsExactly(ben.requireId());
        assertThat(world.sessions.reasons()).extracting(SessionEnd::why).containsExactly(SessionEnd.DEACTIVATED);
        assertThat(auditOf(ben)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DEACTIVATED);
            assertThat(e.actor()).isEqualTo(admin.memberId());
            assertThat(e.before()).contains("active: yes");
            assertThat(e.after()).contains("active: no");
        });
        assertThat(world.signInService.actorFor(ben.requireId())).isEmpty();
    }

    @Test
    void adminCannotDeactivateThemselves() {
        Member self = world.memberByEmail(TestPartnerships.ADMIN_A_EMAIL);

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.deactivate(admin, self.requireId(), self.version()));

        assertThat(e.fieldErrors()).containsExactlyEntriesOf(
                Map.of("active", "You cannot deactivate your own account."));
        assertThat(world.memberByEmail(TestPartnerships.ADMIN_A_EMAIL).active()).isTrue();
        assertThat(world.sessions.ended()).isEmpty();
    }

    @Test
    void reactivatingRestoresTheMemberAndAudits() {
        Member ben = practitioner();
        Member deactivated = service.deactivate(admin, ben.requireId(), ben.version());

        Member reactivated = service.reactivate(admin, ben.requireId(), deactivated.version());

        assertThat(reactivated.active()).isTrue();
        assertThat(reactivated.version()).isEqualTo(deactivated.version() + 1);
        assertThat(auditOf(ben)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REACTIVATED);
            assertThat(e.before()).contains("active: no");
            assertThat(e.after()).contains("active: yes");
        });
        assertThat(world.signInService.actorFor(ben.requireId())).isPresent();
    }

    @Test
    void reactivatingAnActiveMemberChangesNothing() {
        Member ben = practitioner();
        int audit = world.auditLog.size();
        assertThat(service.reactivate(admin, ben.requireId(), ben.version())).isEqualTo(ben);
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void deactivatingAnUnknownMemberIsNotFound() {
        assertThatThrownBy(() -> service.deactivate(admin, new MemberId(9999), 0))
                .isInstanceOf(NotFoundException.class).hasMessage("Member not found.");
        assertThat(world.sessions.ended()).isEmpty();
    }

    // --- reading ---

    @Test
    void listIsSortedByNameFilteredAndPaged() {
        service.create(admin, dana(police, Role.MASH_MANAGER), GOOD_PASSWORD);
        Member ben = practitioner();
        service.deactivate(admin, ben.requireId(), ben.version());

        assertThat(service.list(admin, MemberFilter.NONE, PageRequest.first(10))).extracting(Member::name)
                .containsExactly("Asha Patel", "Ben Carter", "Dana Okafor", "Femi Adeyemi", "Gwen Roberts");
        assertThat(service.count(admin, MemberFilter.NONE)).isEqualTo(5);
        assertThat(service.list(admin, MemberFilter.NONE, new PageRequest(2, 2))).extracting(Member::name)
                .containsExactly("Dana Okafor", "Femi Adeyemi");
        assertThat(service.list(admin, new MemberFilter(null, null, null, false), PageRequest.first(10)))
                .extracting(Member::name).containsExactly("Ben Carter");
        assertThat(service.list(admin, new MemberFilter(null, null, Role.MASH_MANAGER, null), PageRequest.first(10)))
                .extracting(Member::name).containsExactly("Dana Okafor");
        assertThat(service.list(admin, new MemberFilter(null, police, null, null), PageRequest.first(10)))
                .extracting(Member::name).containsExactly("Ben Carter", "Dana Okafor");
        assertThat(service.list(admin, new MemberFilter(" OKAFOR ", null, null, null), PageRequest.first(10)))
                .extracting(Member::name).containsExactly("Dana Okafor");
        assertThat(service.count(admin, new MemberFilter("practitioner@", null, null, null))).isEqualTo(1);
        assertThat(service.count(admin, new MemberFilter(null,
                world.agencyId(world.partnershipA(), A_CHILDRENS_SERVICES), Role.PARTNERSHIP_ADMIN, true)))
                .isEqualTo(1);
    }
}
