package org.lscp.workspace.domain.notice.port.in;

import java.util.List;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PageRequest;

/** A member's own notices: only ever their own. */
public interface Notices {
    List<Notice> inbox(Actor actor, PageRequest page);

    long unread(Actor actor);

    void markRead(Actor actor, long noticeId);

    void markAllRead(Actor actor);
}
