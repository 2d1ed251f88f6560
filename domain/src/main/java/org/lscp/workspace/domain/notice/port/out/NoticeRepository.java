package org.lscp.workspace.domain.notice.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface NoticeRepository {
    Notice add(Notice notice);

    /** Adds the notice unless its recipient already has one with this key (a reminder already sent); true if added. */
    boolean addOnce(Notice notice, String key);

    /** The members who already have the reminder with this key (one query for all of a reminder's recipients). */
    Set<MemberId> remindedOf(PartnershipId partnership, String key);

    /** Newest first. */
    List<Notice> forMember(PartnershipId partnership, MemberId member, PageRequest page);

    long unread(PartnershipId partnership, MemberId member);

    /** Whether the notice is the member's (read or not): another member's is "not found". */
    boolean isFor(PartnershipId partnership, MemberId member, long id);

    /** Marks the member's notice read (or all of them when {@code id} is null); returns how many changed. */
    int markRead(PartnershipId partnership, MemberId member, Long id, Instant at);
}
