package org.lscp.workspace.domain.partnership.service;

import java.util.List;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.AuditedView;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.OpenSession;
import org.lscp.workspace.domain.partnership.model.SessionEnd;
import org.lscp.workspace.domain.partnership.port.in.SessionsUseCase;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberSessions;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;

/**
 * Open sessions, the member's own and (for a partnership admin) any member's of the same partnership; a member of
 * another partnership is "not found". Ending a session that has already ended does nothing: what was asked is done.
 */
public final class SessionService implements SessionsUseCase {
    private final MemberRepository members;
    private final MemberSessions sessions;
    private final Audit auditor;

    public SessionService(MemberRepository members, MemberSessions sessions, Audit auditor) {
        this.members = members;
        this.sessions = sessions;
        this.auditor = auditor;
    }

    @Override
    public List<OpenSession> mine(Actor actor) {
        return sessions.openSessionsOf(actor.memberId());
    }

    @Override
    public void endMine(Actor actor, String handle) {
        sessions.end(actor.memberId(), handle, SessionEnd.by(actor, SessionEnd.ENDED_BY_MEMBER));
    }

    @Override
    public void endMyOtherSessions(Actor actor) {
        sessions.endOtherSessionsOf(actor.memberId(), SessionEnd.by(actor, SessionEnd.ENDED_BY_MEMBER));
    }

    @Override
    public List<OpenSession> of(Actor admin, MemberId member) {
        return sessions.openSessionsOf(memberOfAdmins(admin, member).requireId());
    }

    @Override
    public void end(Actor admin, MemberId member, String handle) {
        sessions.end(memberOfAdmins(admin, member).requireId(), handle, SessionEnd.by(admin, SessionEnd.ENDED_BY_ADMIN));
    }

    @Override
    public void endAll(Actor admin, MemberId member) {
        sessions.endAllSessionsOf(memberOfAdmins(admin, member).requireId(),
                SessionEnd.by(admin, SessionEnd.ENDED_BY_ADMIN));
    }

    @Override
    public void ended(PartnershipId partnership, MemberId member, OpenSession session, SessionEnd end) {
        members.find(partnership, member).ifPresent(m -> auditor.record(partnership, end.by(), end.byName(),
                AuditAction.SESSION_ENDED, new AuditedView(m.auditType(), m.auditId(), Snapshot.of()
                        .with("email", m.email()).with("device", session.device()).with("address", session.address())
                        .with("signed in", session.since()).with("ended by", end.byName()).with("why", end.why())),
                null));
    }

    private Member memberOfAdmins(Actor admin, MemberId member) {
        admin.require(Role.PARTNERSHIP_ADMIN);
        return members.find(admin.partnershipId(), member).orElseThrow(() -> new NotFoundException("Member not found."));
    }
}
