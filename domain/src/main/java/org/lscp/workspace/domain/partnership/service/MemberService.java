package org.lscp.workspace.domain.partnership.service;

import java.util.List;
import org.lscp.workspace.domain.audit.model.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditedView;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
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
    static final String EMAIL_TAKEN = "This email address is already used by another member.";
    private final MemberRepository members;
    private final AgencyRepository agencies;
    private final PasswordHasher hasher;
    private final MemberSessions sessions;
    private final Auditor auditor;

    public MemberService(MemberRepository members, AgencyRepository agencies, PasswordHasher hasher,
                         MemberSessions sessions, Auditor auditor) {
        this.members = members;
        this.agencies = agencies;
        this.hasher = hasher;
        this.sessions = sessions;
        this.auditor = auditor;
    }

    @Override
    public Member create(Actor actor, SaveMemberCommand command, String initialPassword) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        new Check().that(initialPassword != null && initialPassword.length() >= PASSWORD_MIN, "password",
                        "Enter a temporary password of at least " + PASSWORD_MIN + " characters.")
                .that(initialPassword == null || initialPassword.length() <= 128, "password",
                        "The password must be 128 characters or fewer.")
                .done();
        checkAgencyAndEmail(actor, command, null);
        Member saved = members.save(Member.create(actor.partnershipId(), command, hasher.hash(initialPassword)));
        auditor.created(actor, described(actor, saved));
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
            sessions.endAllSessionsOf(id); // new roles take effect at the next sign-in
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
        sessions.endAllSessionsOf(id);
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
