package org.lscp.workspace.domain.partnership.service;

import java.util.List;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.AuditedView;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.PasswordPolicy;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.model.SessionEnd;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberSessions;
import org.lscp.workspace.domain.partnership.port.out.PasswordHasher;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

public final class MemberService implements ManageMembersUseCase {
    static final String OWN_RESET = "Change your own password on the Change password page.";
    /**
     * Emails are unique across all partnerships (they sign members in), so an email can be refused because a member
     * of another partnership has it. The message is the same wherever it is used, so it never tells an admin that
     * an address belongs to someone in another partnership.
     */
    public static final String EMAIL_TAKEN = SaveMemberCommand.EMAIL_UNAVAILABLE;
    private final MemberRepository members;
    private final AgencyRepository agencies;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final MemberSessions sessions;
    private final Audit auditor;

    public MemberService(MemberRepository members, AgencyRepository agencies, PasswordHasher hasher,
                         PasswordPolicy policy, MemberSessions sessions, Audit auditor) {
        this.members = members;
        this.agencies = agencies;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.auditor = auditor;
    }

    @Override
    public Member create(Actor actor, SaveMemberCommand command, String initialPassword) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        ValidationException problems = null;
        try {
            policy.check("password", initialPassword, command.name(), command.email(), PasswordPolicy.Whose.MEMBERS);
        } catch (ValidationException e) {
            problems = e;
        }
        try {
            checkAgencyAndEmail(actor, command, null);
        } catch (ValidationException e) {
            problems = problems == null ? e : e.and(problems);
        }
        if (problems != null) throw problems;
        Member saved = members.save(Member.create(actor.partnershipId(), command, hasher.hash(initialPassword), true));
        auditor.created(actor, described(actor, saved));
        return saved;
    }

    @Override
    public Member resetPassword(Actor actor, MemberId id, long expectedVersion, String temporaryPassword) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        if (id.equals(actor.memberId())) {
            throw ValidationException.of("password", OWN_RESET);
        }
        Member current = get(actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "member");
        policy.check("password", temporaryPassword, current.name(), current.email(), PasswordPolicy.Whose.MEMBERS);
        Member saved = members.save(current.withPassword(hasher.hash(temporaryPassword), true));
        auditor.changed(actor, AuditAction.PASSWORD_RESET, described(actor, current).snapshot().toString(),
                described(actor, saved));
        sessions.endAllSessionsOf(id, SessionEnd.by(actor, SessionEnd.PASSWORD_RESET)); // whoever had the old password is signed out
        return saved;
    }

    @Override
    public Member update(Actor actor, MemberId id, long expectedVersion, SaveMemberCommand command) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        Member current = get(actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "member");
        checkAgencyAndEmail(actor, command, id);
        if (id.equals(actor.memberId()) && !command.roles().contains(Role.PARTNERSHIP_ADMIN)) {
            throw ValidationException.of("roles", "You cannot remove your own partnership admin role.");
        }
        Member saved = members.save(current.with(command));
        auditor.changed(actor, AuditAction.UPDATED, described(actor, current).snapshot().toString(),
                described(actor, saved));
        if (!saved.roles().equals(current.roles()) && !id.equals(actor.memberId())) {
            sessions.endAllSessionsOf(id, SessionEnd.by(actor, SessionEnd.ROLES_CHANGED)); // new roles take effect at the next sign-in
        }
        return saved;
    }

    @Override
    public Member deactivate(Actor actor, MemberId id, long expectedVersion) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        if (id.equals(actor.memberId())) {
            throw ValidationException.of("active", "You cannot deactivate your own account.");
        }
        Member saved = setActive(actor, id, expectedVersion, false);
        sessions.endAllSessionsOf(id, SessionEnd.by(actor, SessionEnd.DEACTIVATED));
        return saved;
    }

    @Override
    public Member reactivate(Actor actor, MemberId id, long expectedVersion) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        return setActive(actor, id, expectedVersion, true);
    }

    @Override
    public Member get(Actor actor, MemberId id) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        return members.find(actor.partnershipId(), id).orElseThrow(() -> new NotFoundException("Member not found."));
    }

    @Override
    public List<Member> list(Actor actor, MemberFilter filter, PageRequest page) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        return members.find(actor.partnershipId(), filter, page);
    }

    @Override
    public long count(Actor actor, MemberFilter filter) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        return members.count(actor.partnershipId(), filter);
    }

    private Member setActive(Actor actor, MemberId id, long expectedVersion, boolean active) {
        Member current = get(actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "member");
        if (current.active() == active) {
            return current;
        }
        Member saved = members.save(current.withActive(active));
        auditor.changed(actor, active ? AuditAction.REACTIVATED : AuditAction.DEACTIVATED,
                described(actor, current).snapshot().toString(), described(actor, saved));
        return saved;
    }

    /** The member as the audit trail shows them: with their agency's name rather than its id. */
    private AuditedView described(Actor actor, Member member) {
        String agency = agencies.find(actor.partnershipId(), member.agencyId()).map(Agency::name)
                .orElse(String.valueOf(member.agencyId()));
        return new AuditedView(member.auditType(), member.auditId(), member.snapshot().with("agency", agency));
    }

    private void checkAgencyAndEmail(Actor actor, SaveMemberCommand command, MemberId except) {
        Check check = new Check();
        check.that(agencies.find(actor.partnershipId(), command.agencyId()).isPresent(), "agency",
                "Choose one of your partnership's agencies.");
        check.that(!members.emailTaken(command.email(), except), "email", EMAIL_TAKEN);
        check.done();
    }
}
