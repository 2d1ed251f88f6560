package org.lscp.workspace.domain.partnership.service;

import java.util.Optional;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.AuditedView;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.AddressThrottle;
import org.lscp.workspace.domain.partnership.model.LoginThrottle;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.partnership.port.out.LoginThrottleRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.PasswordHasher;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * Sign-in rules: failures from one network address slow it down ({@link AddressThrottle}); five failures for an email lock it for fifteen minutes to wrong passwords (known email or not, so
 * the answer never tells whether a member exists) — the right password still goes on to the second factor;
 * deactivated members cannot sign in. Successes and failures are written to the audit trail.
 */
public final class SignInService implements SignInUseCase {
    private final MemberRepository members;
    private final LoginThrottleRepository throttles;
    private final PasswordHasher hasher;
    private final Audit auditor;
    private final AddressThrottle perAddress;
    private final String unknownMemberHash;

    public SignInService(MemberRepository members, LoginThrottleRepository throttles, PasswordHasher hasher,
                         Audit auditor) {
        this(members, throttles, hasher, auditor, AddressThrottle.DEFAULT);
    }

    public SignInService(MemberRepository members, LoginThrottleRepository throttles, PasswordHasher hasher,
                         Audit auditor, AddressThrottle perAddress) {
        this.perAddress = perAddress;
        this.members = members;
        this.throttles = throttles;
        this.hasher = hasher;
        this.auditor = auditor;
        // Checked against when the email is unknown, so both paths take the same time.
        this.unknownMemberHash = hasher.hash("unknown-member-" + System.nanoTime());
    }

    @Override
    public SignInResult signIn(String rawEmail, String password, @Nullable String address) {
        String email = SaveMemberCommand.normaliseEmail(rawEmail);
        var now = auditor.now();
        String addressKey = address == null || address.isBlank() ? null : AddressThrottle.key(address.strip());
        LoginThrottle fromAddress = addressKey == null ? null
                : throttles.find(addressKey).orElse(LoginThrottle.fresh(addressKey));
        if (fromAddress != null) {
            // waiting: the password is not even looked at, so guessing faster gains nothing
            var until = perAddress.waitUntil(fromAddress, now);
            if (until.isPresent()) return new SignInResult.SlowedDown(until.get());
        }
        LoginThrottle throttle = throttles.find(email).orElse(LoginThrottle.fresh(email));
        Optional<Member> member = members.findByEmail(email);
        String hash = member.map(Member::passwordHash).orElse(unknownMemberHash);
        boolean matches = hasher.matches(password == null ? "" : password, hash) && member.isPresent();
        if (!matches && throttle.lockedAt(now)) {
            member.ifPresent(m -> failed(m, "locked"));
            return new SignInResult.Locked(throttle.lockedUntil());
        }
        // A lock only stops wrong passwords: the right one still goes on to the second factor, so nobody can lock a
        // member out by typing wrong passwords for their email (ASVS 6.1.1); guessing goes no further than that.
        if (!matches && fromAddress != null) {
            throttles.save(perAddress.failedAt(fromAddress, now));
        }
        if (!matches) {
            member.ifPresent(m -> failed(m, "wrong password"));
            LoginThrottle failed = throttle.failedAt(now);
            throttles.save(failed);
            if (failed.lockedAt(now)) {
                // recorded as the system's doing: whoever typed the passwords may not have been the member
                member.ifPresent(m -> auditor.record(m.partnershipId(), null, Audit.SYSTEM, AuditAction.ACCOUNT_LOCKED,
                        new AuditedView(m.auditType(), m.auditId(), Snapshot.of().with("email", m.email())
                                .with("locked until", failed.lockedUntil())), null));
                return new SignInResult.Locked(failed.lockedUntil());
            }
            return new SignInResult.Rejected();
        }
        throttles.clear(email);
        Member m = member.get();
        if (!m.active()) {
            return new SignInResult.Deactivated();
        }
        if (hasher.needsUpgrade(m.passwordHash())) {
            // an older hash (bcrypt) matched: store the password again with today's algorithm (Argon2id)
            m = members.save(m.withPassword(hasher.hash(password), m.mustChangePassword()));
        }
        auditor.record(m.partnershipId(), m.id(), m.name(), AuditAction.SIGNED_IN,
                new AuditedView(m.auditType(), m.auditId(), Snapshot.of().with("email", m.email())), null);
        return new SignInResult.SignedIn(m.requireId(), m.email(), m.roles(), m.mustChangePassword());
    }

    /** A failed sign-in for a member's email, in the audit trail (the one who typed it may not be the member). */
    private void failed(Member m, String why) {
        auditor.record(m.partnershipId(), null, Audit.SYSTEM, AuditAction.SIGN_IN_FAILED,
                new AuditedView(m.auditType(), m.auditId(), Snapshot.of().with("email", m.email()).with("why", why)),
                null);
    }

    @Override
    public Optional<Actor> actorFor(MemberId member) {
        return members.activeActor(member);
    }
}
