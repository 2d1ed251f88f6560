package org.lscp.workspace.domain.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.PASSWORD;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.PRACTITIONER_A_EMAIL;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.fixtures.FakePasswordHasher;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.Role;

class SignInServiceTest {
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private TestPartnerships world;
    private SignInService service;
    private Member ben;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        service = world.signInService;
        ben = world.memberByEmail(PRACTITIONER_A_EMAIL);
    }

    private void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            service.signIn(email, "wrong-password");
        }
    }

    @Test
    void rightPasswordSignsIn() {
        SignInResult result = service.signIn(PRACTITIONER_A_EMAIL, PASSWORD);

        assertThat(result).isEqualTo(new SignInResult.SignedIn(ben.requireId(), PRACTITIONER_A_EMAIL,
                java.util.Set.of(Role.PRACTITIONER), ben.mustChangePassword()));
        assertThat(world.auditLog.all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGNED_IN);
            assertThat(e.actor()).isEqualTo(ben.requireId());
            assertThat(e.actorName()).isEqualTo(ben.name());
            assertThat(e.partnershipId()).isEqualTo(world.partnershipA());
        });
    }

    @Test
    void emailIsMatchedIgnoringCaseAndSpaces() {
        assertThat(service.signIn("  Practitioner@NORTHSHIRE.example.org ", PASSWORD))
                .isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void wrongPasswordIsRejected() {
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, "wrong-password")).isEqualTo(new SignInResult.Rejected());
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, null)).isEqualTo(new SignInResult.Rejected());
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, "")).isEqualTo(new SignInResult.Rejected());
    }

    @Test
    void unknownEmailIsRejectedExactlyLikeAWrongPassword() {
        SignInResult unknown = service.signIn("nobody@northshire.example.org", PASSWORD);
        SignInResult wrong = service.signIn(PRACTITIONER_A_EMAIL, "wrong-password");
        assertThat(unknown).isEqualTo(wrong).isEqualTo(new SignInResult.Rejected());
        assertThat(service.signIn(null, PASSWORD)).isEqualTo(new SignInResult.Rejected());
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        failTimes(PRACTITIONER_A_EMAIL, 4);
        Instant now = world.clock.instant();

        SignInResult fifth = service.signIn(PRACTITIONER_A_EMAIL, "wrong-password");

        assertThat(fifth).isEqualTo(new SignInResult.Locked(now.plus(FIFTEEN_MINUTES)));
        assertThat(world.auditLog.all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCOUNT_LOCKED);
            assertThat(e.entityId()).isEqualTo(ben.requireId().toString());
            assertThat(e.actor()).as("recorded as the system: the typist may not be the member").isNull();
            assertThat(e.actorName()).isEqualTo("System");
        });
    }

    @Test
    void unknownEmailAlsoLocksAfterFiveFailuresAndLooksTheSame() {
        String unknown = "nobody@northshire.example.org";
        int audit = world.auditLog.size();
        for (int i = 0; i < 4; i++) {
            assertThat(service.signIn(unknown, "guess-" + i)).isEqualTo(new SignInResult.Rejected());
        }
        failTimes(PRACTITIONER_A_EMAIL, 4);

        SignInResult unknownFifth = service.signIn(unknown, "guess-5");
        SignInResult knownFifth = service.signIn(PRACTITIONER_A_EMAIL, "wrong-password");

        assertThat(unknownFifth).isEqualTo(knownFifth)
                .isEqualTo(new SignInResult.Locked(world.clock.instant().plus(FIFTEEN_MINUTES)));
        assertThat(service.signIn(unknown, "guess-6")).isEqualTo(unknownFifth);
        assertThat(world.auditLog.all().subList(audit, world.auditLog.size())).extracting(e -> e.action())
                .as("only the real member's failures and lock are audited: an unknown email has no partnership")
                .containsExactly(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED,
                        AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED, AuditAction.ACCOUNT_LOCKED);
    }

    @Test
    void aLockStopsWrongPasswordsButTheRightOneStillGoesOnToTheSecondFactor() {
        failTimes(PRACTITIONER_A_EMAIL, 5);
        Instant lockedUntil = world.clock.instant().plus(FIFTEEN_MINUTES);

        assertThat(service.signIn(PRACTITIONER_A_EMAIL, "wrong-password"))
                .isEqualTo(new SignInResult.Locked(lockedUntil));
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, PASSWORD)).as("nobody can lock a member out at will")
                .isInstanceOf(SignInResult.SignedIn.class);
        assertThat(world.auditLog.all()).filteredOn(e -> e.action()
                == org.lscp.workspace.domain.shared.audit.AuditAction.SIGN_IN_FAILED).hasSize(6);
    }

    @Test
    void attemptsWhileLockedDoNotExtendTheLock() {
        failTimes(PRACTITIONER_A_EMAIL, 5);
        Instant lockedUntil = world.clock.instant().plus(FIFTEEN_MINUTES);
        world.clock.advance(Duration.ofMinutes(10));
        failTimes(PRACTITIONER_A_EMAIL, 3);
        world.clock.set(lockedUntil);
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void afterTheLockRunsOutOneMoreFailureDoesNotLockAgain() {
        failTimes(PRACTITIONER_A_EMAIL, 5);
        world.clock.advance(FIFTEEN_MINUTES);
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, "wrong-password")).isEqualTo(new SignInResult.Rejected());
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void successClearsTheFailureCount() {
        failTimes(PRACTITIONER_A_EMAIL, 4);
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(world.throttles.find(PRACTITIONER_A_EMAIL)).isEmpty();

        failTimes(PRACTITIONER_A_EMAIL, 4);
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, PASSWORD))
                .as("four new failures after a success do not lock").isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void deactivatedMemberWithTheRightPasswordIsToldSo() {
        world.memberService.deactivate(world.adminA(), ben.requireId(), ben.version());
        int audit = world.auditLog.size();

        assertThat(service.signIn(PRACTITIONER_A_EMAIL, PASSWORD)).isEqualTo(new SignInResult.Deactivated());
        assertThat(world.auditLog.size()).as("no SIGNED_IN entry").isEqualTo(audit);
    }

    @Test
    void deactivatedMemberWithAWrongPasswordIsJustRejected() {
        world.memberService.deactivate(world.adminA(), ben.requireId(), ben.version());
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, "wrong-password")).isEqualTo(new SignInResult.Rejected());
        assertThat(world.throttles.find(PRACTITIONER_A_EMAIL)).hasValueSatisfying(
                t -> assertThat(t.failures()).isEqualTo(1));
    }

    @Test
    void actorForJoinsAgencyAndPartnershipNames() {
        Actor actor = service.actorFor(ben.requireId()).orElseThrow();
        assertThat(actor).isEqualTo(new Actor(ben.requireId(), TestPartnerships.PRACTITIONER_A_NAME,
                world.partnershipA(), TestPartnerships.PARTNERSHIP_A, ben.agencyId(), TestPartnerships.A_POLICE,
                java.util.Set.of(Role.PRACTITIONER)));
    }

    @Test
    void actorForIsEmptyForADeactivatedOrUnknownMember() {
        world.memberService.deactivate(world.adminA(), ben.requireId(), ben.version());
        assertThat(service.actorFor(ben.requireId())).isEmpty();
        assertThat(service.actorFor(new MemberId(9999))).isEmpty();
    }

    @Test
    void signingInTellsWhetherThePasswordIsATemporaryOne() {
        Member dana = world.addMember(world.adminA(), "Dana Okafor", "dana@northshire.example.org",
                TestPartnerships.A_POLICE, Role.PRACTITIONER);
        assertThat(service.signIn("dana@northshire.example.org", PASSWORD))
                .isInstanceOfSatisfying(SignInResult.SignedIn.class, in -> assertThat(in.mustChangePassword()).isTrue());

        world.changePasswordService.change(world.actorByEmail("dana@northshire.example.org"), PASSWORD,
                "my-own-long-passphrase");
        assertThat(service.signIn("dana@northshire.example.org", "my-own-long-passphrase"))
                .isInstanceOfSatisfying(SignInResult.SignedIn.class, in -> assertThat(in.mustChangePassword()).isFalse());
        assertThat(dana.id()).isNotNull();
    }

    @Test
    void anOlderHashThatMatchesIsUpgradedAtSignIn() {
        world.members.save(ben.withPassword(FakePasswordHasher.LEGACY_PREFIX + PASSWORD, ben.mustChangePassword()));

        assertThat(service.signIn(PRACTITIONER_A_EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);

        Member after = world.memberByEmail(PRACTITIONER_A_EMAIL);
        assertThat(after.passwordHash()).isEqualTo("hashed:" + PASSWORD);
        assertThat(after.mustChangePassword()).isEqualTo(ben.mustChangePassword());
        assertThat(service.signIn(PRACTITIONER_A_EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void anOlderHashIsNotTouchedByAWrongPassword() {
        world.members.save(ben.withPassword(FakePasswordHasher.LEGACY_PREFIX + PASSWORD, false));

        assertThat(service.signIn(PRACTITIONER_A_EMAIL, "wrong-password")).isEqualTo(new SignInResult.Rejected());

        assertThat(world.memberByEmail(PRACTITIONER_A_EMAIL).passwordHash())
                .isEqualTo(FakePasswordHasher.LEGACY_PREFIX + PASSWORD);
    }

    @Test
    void failuresFromOneAddressAcrossManyEmailsSlowItDownWithoutCheckingPasswords() {
        SignInService sprayed = new SignInService(world.members, world.throttles, world.hasher, world.auditor,
                new org.lscp.workspace.domain.partnership.model.AddressThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(60),
                        FIFTEEN_MINUTES));
        String attacker = "203.0.113.9";
        for (int i = 0; i < 3; i++) {
            assertThat(sprayed.signIn("someone" + i + "@northshire.example.org", "Winter2026!", attacker))
                    .isInstanceOf(SignInResult.Rejected.class);
        }
        // the fourth failure earns a wait of a second
        assertThat(sprayed.signIn("another@northshire.example.org", "Winter2026!", attacker))
                .isInstanceOf(SignInResult.Rejected.class);
        Instant now = world.clock.instant();

        // while it waits, not even the right password is checked from that address
        assertThat(sprayed.signIn(PRACTITIONER_A_EMAIL, PASSWORD, attacker))
                .isEqualTo(new SignInResult.SlowedDown(now.plusSeconds(1)));
        // another address is not slowed, and Ben's email is not locked: he signs in from his desk
        assertThat(sprayed.signIn(PRACTITIONER_A_EMAIL, PASSWORD, "10.1.1.1")).isInstanceOf(SignInResult.SignedIn.class);

        world.clock.advance(Duration.ofSeconds(1));
        assertThat(sprayed.signIn(PRACTITIONER_A_EMAIL, PASSWORD, attacker)).as("the wait is over")
                .isInstanceOf(SignInResult.SignedIn.class);
        // a success does not wipe the count: the next failure waits longer
        assertThat(sprayed.signIn("more@northshire.example.org", "Winter2026!", attacker))
                .isInstanceOf(SignInResult.Rejected.class);
        assertThat(sprayed.signIn(PRACTITIONER_A_EMAIL, PASSWORD, attacker))
                .isEqualTo(new SignInResult.SlowedDown(world.clock.instant().plusSeconds(2)));
    }

    @Test
    void aSignInWithoutAnAddressIsNotCountedAgainstAny() {
        SignInService strict = new SignInService(world.members, world.throttles, world.hasher, world.auditor,
                new org.lscp.workspace.domain.partnership.model.AddressThrottle(1, Duration.ofSeconds(1), Duration.ofSeconds(60),
                        FIFTEEN_MINUTES));
        failTimes("nobody@northshire.example.org", 3);

        assertThat(strict.signIn(PRACTITIONER_A_EMAIL, PASSWORD, null)).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(strict.signIn(PRACTITIONER_A_EMAIL, PASSWORD, " ")).isInstanceOf(SignInResult.SignedIn.class);
    }
}
