package org.lscp.workspace.domain.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.A_POLICE;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.PASSWORD;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.PasswordPolicy;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class ChangePasswordServiceTest {
    private static final String DANA = "dana@northshire.example.org";
    private static final String TEMPORARY = "temporary-given-by-admin";
    private static final String OWN = "a long passphrase of my own";

    private TestPartnerships world;
    private ChangePasswordService service;
    private Actor dana;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        service = world.changePasswordService;
        world.memberService.create(world.adminA(), new org.lscp.workspace.domain.partnership.model.SaveMemberCommand(
                "Dana Okafor", DANA, world.agencyId(world.partnershipA(), A_POLICE),
                java.util.Set.of(Role.PRACTITIONER)), TEMPORARY);
        dana = world.actorByEmail(DANA);
        world.sessions.reset();
    }

    private Member danaNow() {
        return world.memberByEmail(DANA);
    }

    private Map<String, String> refusal(String current, String next, String repeat) {
        return catchThrowableOfType(ValidationException.class, () -> service.change(dana, current, next, repeat))
                .fieldErrors();
    }

    private List<AuditEntry> passwordAudits() {
        return world.auditLog.all().stream().filter(e -> e.action() == AuditAction.PASSWORD_CHANGED).toList();
    }

    @Test
    void aMemberReplacesTheTemporaryPasswordWithTheirOwn() {
        assertThat(service.mustChange(dana)).isTrue();

        service.change(dana, TEMPORARY, OWN, OWN);

        assertThat(danaNow().passwordHash()).isEqualTo("hashed:" + OWN);
        assertThat(service.mustChange(dana)).isFalse();
        assertThat(world.signInService.signIn(DANA, OWN)).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(world.signInService.signIn(DANA, TEMPORARY)).isInstanceOf(SignInResult.Rejected.class);
    }

    @Test
    void theChangeIsAuditedWithoutThePassword() {
        service.change(dana, TEMPORARY, OWN);

        assertThat(passwordAudits()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(dana.memberId());
            assertThat(e.actorName()).isEqualTo("Dana Okafor");
            assertThat(e.entityId()).isEqualTo(String.valueOf(dana.memberId()));
            assertThat(e.before()).contains("temporary password: yes");
            assertThat(e.after()).contains("temporary password: no");
            assertThat(e.before() + e.after()).doesNotContain(TEMPORARY, OWN, "hashed:");
        });
    }

    @Test
    void theMembersOtherSessionsEndButNotThisOne() {
        service.change(dana, TEMPORARY, OWN);

        assertThat(world.sessions.othersWereEnded(dana.memberId())).isTrue();
        assertThat(world.sessions.wasEnded(dana.memberId())).as("this session goes on").isFalse();
        assertThat(world.sessions.reasons()).containsExactly(
                org.lscp.workspace.domain.partnership.model.SessionEnd.by(dana,
                        org.lscp.workspace.domain.partnership.model.SessionEnd.PASSWORD_CHANGED));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndNothingChanges() {
        String before = danaNow().passwordHash();

        assertThat(refusal("not-the-temporary-one", OWN, OWN))
                .containsExactly(Map.entry("currentPassword",
                        "Your current password is not right: check it and type it again."));
        assertThat(refusal("", OWN, OWN)).containsExactly(Map.entry("currentPassword", "Enter your current password."));

        assertThat(danaNow().passwordHash()).isEqualTo(before);
        assertThat(danaNow().mustChangePassword()).isTrue();
        assertThat(passwordAudits()).isEmpty();
        assertThat(world.sessions.othersWereEnded(dana.memberId())).isFalse();
    }

    @Test
    void theNewPasswordFollowsThePolicyDiffersFromTheCurrentOneAndIsTypedTwice() {
        assertThat(refusal(TEMPORARY, "short", "short"))
                .containsExactly(Map.entry("newPassword", PasswordPolicy.TOO_SHORT));
        assertThat(refusal(TEMPORARY, "1QAZ2WSX3EDC", "1QAZ2WSX3EDC"))
                .containsExactly(Map.entry("newPassword", PasswordPolicy.TOO_COMMON));
        assertThat(refusal(TEMPORARY, "okafor for ever and ever", "okafor for ever and ever"))
                .containsExactly(Map.entry("newPassword", "Do not use your name or email address in the password."));
        assertThat(refusal(TEMPORARY, TEMPORARY, TEMPORARY)).containsExactly(Map.entry("newPassword",
                "Choose a new password that is different from your current one."));
        assertThat(refusal(TEMPORARY, OWN, OWN + " ")).containsExactly(Map.entry("repeatPassword",
                "The two new passwords are not the same: type the new password again."));
        assertThat(danaNow().mustChangePassword()).isTrue();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(refusal("wrong-current-password", "short", "other")).containsOnlyKeys(
                "currentPassword", "newPassword", "repeatPassword");
    }

    @Test
    void aWrongCurrentPasswordDoesNotRevealThatTheNewOneIsTheCurrentOne() {
        assertThat(refusal("wrong-current-password", TEMPORARY, TEMPORARY)).containsOnlyKeys("currentPassword");
    }

    @Test
    void aMemberWithTheirOwnPasswordMayChangeItToo() {
        service.change(dana, TEMPORARY, OWN);
        service.change(dana, OWN, "yet another long passphrase");
        assertThat(danaNow().passwordHash()).isEqualTo("hashed:yet another long passphrase");
        assertThat(passwordAudits()).hasSize(2);
        assertThat(world.sessions.othersWereEnded(dana.memberId())).isTrue();
        assertThat(PASSWORD).isNotEqualTo(OWN);
    }
}
