package org.lscp.workspace.domain.notice.service;

import java.util.List;
import java.util.function.Predicate;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.live.model.Change;
import org.lscp.workspace.domain.live.port.out.ChangePublisher;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.notice.port.in.Notices;
import org.lscp.workspace.domain.notice.port.out.NoticeRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Reads and marks a member's notices; {@link #send} is how other features notify a member. */
public final class NoticeService implements Notices, AgencyNotifier {
    private final NoticeRepository notices;
    private final MemberRepository members;
    private final ChangePublisher changes;
    private final Auditor auditor;

    public NoticeService(NoticeRepository notices, MemberRepository members, ChangePublisher changes,
                         Auditor auditor) {
        this.notices = notices;
        this.members = members;
        this.changes = changes;
        this.auditor = auditor;
    }

    @Override
    public void notifyAgency(PartnershipId partnership, AgencyId agency, Predicate<Actor> who, String text,
                             String subject) {
        for (Member m : members.find(partnership, new MemberFilter(null, agency, null, true),
                PageRequest.first(PageRequest.MAX_LIMIT))) {
            members.activeActor(m.requireId()).filter(who).ifPresent(a -> send(partnership, a.memberId(), text,
                    subject));
        }
    }

    /** Tells the member (their bell updates live). The caller has checked they may see the subject. */
    public void send(PartnershipId partnership, MemberId recipient, String text, String subject) {
        notices.add(new Notice(null, partnership, recipient, text, subject, auditor.now(), null));
        changes.publish(new Change(partnership, Notice.bellOf(recipient)));
    }

    @Override
    public List<Notice> inbox(Actor actor, PageRequest page) {
        return notices.forMember(actor.partnershipId(), actor.memberId(), page);
    }

    @Override
    public long unread(Actor actor) {
        return notices.unread(actor.partnershipId(), actor.memberId());
    }

    @Override
    public void markRead(Actor actor, long noticeId) {
        if (notices.markRead(actor.partnershipId(), actor.memberId(), noticeId, auditor.now()) == 0
                && notices.forMember(actor.partnershipId(), actor.memberId(), PageRequest.first(PageRequest.MAX_LIMIT))
                .stream().noneMatch(n -> n.id() != null && n.id() == noticeId)) {
            throw new NotFoundException("Notice not found.");
        }
        changes.publish(new Change(actor.partnershipId(), Notice.bellOf(actor.memberId())));
    }

    @Override
    public void markAllRead(Actor actor) {
        notices.markRead(actor.partnershipId(), actor.memberId(), null, auditor.now());
        changes.publish(new Change(actor.partnershipId(), Notice.bellOf(actor.memberId())));
    }
}
