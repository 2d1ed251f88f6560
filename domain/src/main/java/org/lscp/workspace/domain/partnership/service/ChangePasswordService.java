package org.lscp.workspace.domain.partnership.service;

import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.AuditedView;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.PasswordPolicy;
import org.lscp.workspace.domain.partnership.model.SessionEnd;
import org.lscp.workspace.domain.partnership.port.in.ChangePasswordUseCase;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberSessions;
import org.lscp.workspace.domain.partnership.port.out.PasswordHasher;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.NotFoundException;

/**
 * Changing one's own password: the current one is always required (for a member who must change a temporary
 * password, it is that temporary one), so a session left open cannot be used to take over the account.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {
    static final String CURRENT_MISSING = "Enter your current password.";
    static final String CURRENT_WRONG = "Your current password is not right: check it and type it again.";
    static final String SAME_AS_CURRENT = "Choose a new password that is different from your current one.";
    static final String REPEAT_DIFFERS = "The two new passwords are not the same: type the new password again.";

    private final MemberRepository members;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final MemberSessions sessions;
    private final Audit auditor;

    public ChangePasswordService(MemberRepository members, PasswordHasher hasher, PasswordPolicy policy,
                                 MemberSessions sessions, Audit auditor) {
        this.members = members;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.auditor = auditor;
    }

    @Override
    public void change(Actor actor, String currentPassword, String newPassword, String repeatedNewPassword) {
        Member member = self(actor);
        boolean currentGiven = currentPassword != null && !currentPassword.isEmpty();
        boolean currentRight = currentGiven && hasher.matches(currentPassword, member.passwordHash());
        Check check = new Check()
                .that(currentGiven, CURRENT, CURRENT_MISSING)
                .that(!currentGiven || currentRight, CURRENT, CURRENT_WRONG);
        policy.problem(newPassword, member.name(), member.email(), PasswordPolicy.Whose.OWN)
                .ifPresent(problem -> check.fail(NEW, problem));
        check.that(!currentRight || !currentPassword.equals(newPassword), NEW, SAME_AS_CURRENT)
                .that(newPassword == null || newPassword.equals(repeatedNewPassword), REPEAT, REPEAT_DIFFERS)
                .done();
        Member saved = members.save(member.withPassword(hasher.hash(newPassword), false));
        auditor.changed(actor, AuditAction.PASSWORD_CHANGED, passwordState(member).toString(),
                new AuditedView(saved.auditType(), saved.auditId(), passwordState(saved)));
        sessions.endOtherSessionsOf(saved.requireId(), SessionEnd.by(actor, SessionEnd.PASSWORD_CHANGED));
    }

    @Override
    public boolean mustChange(Actor actor) {
        return self(actor).mustChangePassword();
    }

    private Member self(Actor actor) {
        return members.find(actor.partnershipId(), actor.memberId())
                .orElseThrow(() -> new NotFoundException("Member not found."));
    }

    /** What the audit trail says about a password: whose it is and whether it is temporary, never the password. */
    private static Snapshot passwordState(Member member) {
        return Snapshot.of().with("name", member.name()).with("email", member.email())
                .with("temporary password", member.mustChangePassword() ? "yes" : "no");
    }
}
