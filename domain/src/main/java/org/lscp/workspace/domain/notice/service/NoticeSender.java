package org.lscp.workspace.domain.notice.service;

import org.lscp.workspace.domain.notice.port.in.Notifier;
import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.change.ChangePublisher;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.out.NoticeRepository;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Tells members, within the feature's own transaction: a notice in each recipient's inbox, and their bell updates
 * live. Only active members of the partnership who qualify are told.
 */
public final class NoticeSender implements Notifier {
    private final NoticeRepository notices;
    private final MemberDirectory members;
    private final ChangePublisher changes;
    private final Audit auditor;

    public NoticeSender(NoticeRepository notices, MemberDirectory members, ChangePublisher changes,
                        Audit auditor) {
        this.notices = notices;
        this.members = members;
        this.changes = changes;
        this.auditor = auditor;
    }

    @Override
    public void notify(PartnershipId partnership, Recipients to, String text, String subject) {
        for (Actor a : each(partnership, to)) {
            notices.add(new Notice(null, partnership, a.memberId(), text, subject, auditor.now(), null));
            changes.publish(new Change(partnership, Notice.bellOf(a.memberId())));
        }
    }

    @Override
    public int remind(PartnershipId partnership, Recipients to, String text, String subject, String key) {
        int told = 0;
        Set<MemberId> already = notices.remindedOf(partnership, key);
        for (Actor a : each(partnership, to)) {
            if (!already.contains(a.memberId()) && notices.addOnce(new Notice(null, partnership, a.memberId(), text, subject, auditor.now(), null), key)) {
                changes.publish(new Change(partnership, Notice.bellOf(a.memberId())));
                told++;
            }
        }
        return told;
    }

    private List<Actor> each(PartnershipId partnership, Recipients to) {
        List<Actor> candidates = to.member() != null ? members.activeActor(to.member()).stream().toList()
                : members.activeActors(partnership, new MemberFilter(null, to.agency(), to.role(), true));
        return candidates.stream().filter(a -> a.partnershipId().equals(partnership)).filter(to.who()).toList();
    }
}
