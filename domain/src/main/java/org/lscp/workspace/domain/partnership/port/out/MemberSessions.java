package org.lscp.workspace.domain.partnership.port.out;

import org.lscp.workspace.domain.shared.MemberId;

/** Ends a member's open sessions (after deactivation or a change of roles). */
public interface MemberSessions {
    void endAllSessionsOf(MemberId member);
}
