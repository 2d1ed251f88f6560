package org.lscp.workspace.domain.notice.service;

import java.util.List;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.change.ChangePublisher;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.notice.port.in.Notices;
import org.lscp.workspace.domain.notice.port.out.NoticeRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Reads and marks a member's own notices (other features tell members through a {@link NoticeSender}). */
public final class NoticeService implements Notices {
    private final NoticeRepository notices;
    private final ChangePublisher changes;
    private final Audit auditor;

    public NoticeService(NoticeRepository notices, ChangePublisher changes, Audit auditor) {
        this.notices = notices;
        this.changes = changes;
        this.auditor = auditor;
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
                && !notices.isFor(actor.partnershipId(), actor.memberId(), noticeId)) {
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
