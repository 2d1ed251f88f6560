package org.lscp.workspace.domain.partnership.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.AuditedView;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.LoginThrottle;
import org.lscp.workspace.domain.partnership.model.SecondFactor;
import org.lscp.workspace.domain.partnership.model.SecondFactorResult;
import org.lscp.workspace.domain.partnership.model.Totp;
import org.lscp.workspace.domain.partnership.port.in.SecondFactorUseCase;
import org.lscp.workspace.domain.partnership.port.out.LoginThrottleRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.SecondFactorRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Role;

/**
 * The second factor's rules. Codes follow real time — the member's phone does — so they are checked against the
 * wall clock given here, even when the workspace runs as if at another moment. Five wrong codes lock the second
 * factor for fifteen minutes, as five wrong passwords did; only someone who knows the password can get that far.
 */
public final class SecondFactorService implements SecondFactorUseCase {
    public static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecondFactorRepository factors;
    private final MemberRepository members;
    private final LoginThrottleRepository throttles;
    private final Audit auditor;
    private final Clock wallClock;
    private final String issuer;

    public SecondFactorService(SecondFactorRepository factors, MemberRepository members,
                               LoginThrottleRepository throttles, Audit auditor, Clock wallClock, String issuer) {
        this.factors = factors;
        this.members = members;
        this.throttles = throttles;
        this.auditor = auditor;
        this.wallClock = wallClock;
        this.issuer = issuer;
    }

    @Override
    public boolean enrolled(MemberId member) {
        return factors.find(member).isPresent();
    }

    @Override
    public String newSecret() {
        return Totp.newSecret();
    }

    @Override
    public String uri(MemberId member, String secret) {
        Actor actor = members.activeActor(member).orElseThrow(() -> new NotFoundException("Member not found."));
        return Totp.uri(issuer, actor.name() + " (" + actor.partnershipName() + ")", secret);
    }

    @Override
    public SecondFactorResult confirm(MemberId member, String secret, String code) {
        Actor actor = members.activeActor(member).orElseThrow(() -> new NotFoundException("Member not found."));
        Instant now = wallClock.instant();
        LoginThrottle throttle = throttle(member);
        if (throttle.lockedAt(auditor.now())) return new SecondFactorResult.Locked(throttle.lockedUntil());
        if (factors.find(member).isPresent()) return failed(actor, throttle, "already enrolled");
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) return failed(actor, throttle, "wrong code at enrolment");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) codes.add(recoveryCode());
        factors.enrol(new SecondFactor(member, secret, now, step.getAsLong()),
                codes.stream().map(SecondFactorService::hash).toList());
        throttles.clear(key(member));
        audit(actor, AuditAction.SECOND_FACTOR_ENROLLED, Snapshot.of().with("recovery codes", RECOVERY_CODES));
        return new SecondFactorResult.Enrolled(codes);
    }

    @Override
    public SecondFactorResult verify(MemberId member, String code) {
        Actor actor = members.activeActor(member).orElseThrow(() -> new NotFoundException("Member not found."));
        LoginThrottle throttle = throttle(member);
        if (throttle.lockedAt(auditor.now())) return new SecondFactorResult.Locked(throttle.lockedUntil());
        var factor = factors.find(member);
        if (factor.isEmpty()) return failed(actor, throttle, "not enrolled");
        String typed = code == null ? "" : code.strip();
        OptionalLong step = Totp.matchingStep(factor.get().secret(), typed, wallClock.instant());
        if (step.isPresent()) {
            if (step.getAsLong() <= factor.get().lastStep() || !factors.advance(member, step.getAsLong())) {
                return failed(actor, throttle, "code already used");
            }
            throttles.clear(key(member));
            audit(actor, AuditAction.SECOND_FACTOR_PASSED, Snapshot.of().with("with", "authenticator code"));
            return new SecondFactorResult.Passed();
        }
        if (normalise(typed).length() == 8 && factors.useRecoveryCode(member, hash(typed), auditor.now())) {
            throttles.clear(key(member));
            audit(actor, AuditAction.RECOVERY_CODE_USED, Snapshot.of().with("recovery codes left",
                    factors.unusedRecoveryCodes(member)));
            return new SecondFactorResult.Passed();
        }
        return failed(actor, throttle, "wrong code");
    }

    @Override
    public void reset(Actor admin, MemberId member) {
        admin.require(Role.PARTNERSHIP_ADMIN);
        var found = members.find(admin.partnershipId(), member)
                .orElseThrow(() -> new NotFoundException("Member not found."));
        factors.remove(member);
        throttles.clear(key(member));
        auditor.record(admin.partnershipId(), admin.memberId(), admin.name(), AuditAction.SECOND_FACTOR_RESET,
                new AuditedView(found.auditType(), found.auditId(), Snapshot.of().with("email", found.email())),
                null);
    }

    private SecondFactorResult failed(Actor actor, LoginThrottle throttle, String why) {
        LoginThrottle failed = throttle.failedAt(auditor.now());
        throttles.save(failed);
        audit(actor, AuditAction.SECOND_FACTOR_FAILED, Snapshot.of().with("why", why)
                .with("failures", failed.failures()));
        if (failed.lockedAt(auditor.now())) return new SecondFactorResult.Locked(failed.lockedUntil());
        return new SecondFactorResult.Wrong(LoginThrottle.MAX_FAILURES - failed.failures());
    }

    private void audit(Actor actor, AuditAction action, Snapshot snapshot) {
        auditor.record(actor.partnershipId(), actor.memberId(), actor.name(), action,
                new AuditedView("Member", String.valueOf(actor.memberId()), snapshot), null);
    }

    private LoginThrottle throttle(MemberId member) {
        return throttles.find(key(member)).orElse(LoginThrottle.fresh(key(member)));
    }

    /** The throttle's key: its own, apart from the password's (which is by email). */
    static String key(MemberId member) {
        return "second-factor:" + member.value();
    }

    /** "K7QD-M2XA": 40 random bits in Base32, easy to read out and type. */
    private static String recoveryCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) code.append('-');
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String hash(String recoveryCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(recoveryCode).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
