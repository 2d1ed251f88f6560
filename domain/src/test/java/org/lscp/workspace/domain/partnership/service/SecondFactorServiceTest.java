package org.lscp.workspace.domain.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.fixtures.InMemorySecondFactorRepository;
import org.lscp.workspace.domain.fixtures.MutableClock;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.SecondFactorResult;
import org.lscp.workspace.domain.partnership.model.Totp;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;

class SecondFactorServiceTest {
    private TestPartnerships world;
    private final InMemorySecondFactorRepository factors = new InMemorySecondFactorRepository();
    private final MutableClock wall = new MutableClock(Instant.parse("2026-12-05T21:30:10Z"));
    private SecondFactorService service;
    private MemberId member;
    private String secret;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        service = new SecondFactorService(factors, world.members, world.throttles, world.auditor, wall, "Workspace");
        member = world.practitionerA().memberId();
        secret = service.newSecret();
    }

    private String code(long stepsFromNow) {
        return Totp.code(secret, Totp.step(wall.instant()) + stepsFromNow);
    }

    private SecondFactorResult.Enrolled enrol() {
        return (SecondFactorResult.Enrolled) service.confirm(member, secret, code(0));
    }

    private long audited(AuditAction action) {
        return world.auditLog.all().stream().filter(e -> e.action() == action).count();
    }

    @Test
    void enrolmentNeedsAFirstRightCodeAndGivesTenRecoveryCodesOnce() {
        assertThat(service.enrolled(member)).isFalse();
        assertThat(service.confirm(member, secret, "000000")).isInstanceOf(SecondFactorResult.Wrong.class);
        assertThat(service.enrolled(member)).isFalse();
        SecondFactorResult.Enrolled enrolled = enrol();
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertThat(service.enrolled(member)).isTrue();
        assertThat(factors.unusedRecoveryCodes(member)).isEqualTo(10);
        assertThat(audited(AuditAction.SECOND_FACTOR_ENROLLED)).isEqualTo(1);
        assertThat(service.confirm(member, service.newSecret(), code(0))).as("enrolled already: no second secret")
                .isInstanceOf(SecondFactorResult.Wrong.class);
    }

    @Test
    void aCodeIsAcceptedOnceWithinOneStepOfDriftNeverReplayed() {
        enrol();
        wall.advance(Duration.ofSeconds(30));
        assertThat(service.verify(member, code(0))).isInstanceOf(SecondFactorResult.Passed.class);
        assertThat(service.verify(member, code(0))).as("replayed").isInstanceOf(SecondFactorResult.Wrong.class);
        assertThat(service.verify(member, code(-1))).as("older than the last one used")
                .isInstanceOf(SecondFactorResult.Wrong.class);
        assertThat(service.verify(member, code(1))).as("the phone a step ahead")
                .isInstanceOf(SecondFactorResult.Passed.class);
        wall.advance(Duration.ofMinutes(5));
        assertThat(service.verify(member, code(-2))).as("stale").isInstanceOf(SecondFactorResult.Wrong.class);
        assertThat(service.verify(member, code(0))).isInstanceOf(SecondFactorResult.Passed.class);
        assertThat(audited(AuditAction.SECOND_FACTOR_PASSED)).isEqualTo(3);
        assertThat(audited(AuditAction.SECOND_FACTOR_FAILED)).isEqualTo(3);
    }

    @Test
    void aRecoveryCodeWorksOnceInAnyCaseWithOrWithoutItsDash() {
        String recovery = enrol().recoveryCodes().get(3);
        assertThat(service.verify(member, recovery.toLowerCase().replace("-", ""))).isInstanceOf(
                SecondFactorResult.Passed.class);
        assertThat(service.verify(member, recovery)).isInstanceOf(SecondFactorResult.Wrong.class);
        assertThat(factors.unusedRecoveryCodes(member)).isEqualTo(9);
        assertThat(audited(AuditAction.RECOVERY_CODE_USED)).isEqualTo(1);
    }

    @Test
    void aCodeForAnotherMemberIsWrong() {
        enrol();
        MemberId other = world.adminA().memberId();
        String otherSecret = service.newSecret();
        service.confirm(other, otherSecret, Totp.code(otherSecret, Totp.step(wall.instant())));
        wall.advance(Duration.ofSeconds(30));
        assertThat(service.verify(member, Totp.code(otherSecret, Totp.step(wall.instant()))))
                .isInstanceOf(SecondFactorResult.Wrong.class);
    }

    @Test
    void fiveWrongCodesLockForFifteenMinutesEvenARightCodeThenItOpensAgain() {
        enrol();
        for (int left = 4; left >= 1; left--) {
            assertThat(service.verify(member, "123456")).isEqualTo(new SecondFactorResult.Wrong(left));
        }
        assertThat(service.verify(member, "123456")).isInstanceOf(SecondFactorResult.Locked.class);
        wall.advance(Duration.ofSeconds(30));
        assertThat(service.verify(member, code(0))).isInstanceOf(SecondFactorResult.Locked.class);
        world.clock.advance(Duration.ofMinutes(15));
        assertThat(service.verify(member, code(0))).isInstanceOf(SecondFactorResult.Passed.class);
    }

    @Test
    void anAdminResetsAMembersSecondFactorWhoThenEnrolsAgain() {
        enrol();
        assertThatThrownBy(() -> service.reset(world.practitionerA(), member))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> service.reset(world.adminB(), member)).isInstanceOf(NotFoundException.class);
        service.reset(world.adminA(), member);
        assertThat(service.enrolled(member)).isFalse();
        assertThat(factors.unusedRecoveryCodes(member)).isZero();
        assertThat(audited(AuditAction.SECOND_FACTOR_RESET)).isEqualTo(1);
    }
}
