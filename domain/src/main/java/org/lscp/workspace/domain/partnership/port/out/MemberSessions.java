package org.lscp.workspace.domain.partnership.port.out;

import org.lscp.workspace.domain.shared.MemberId;

/** Ends a member's open sessions (after deactivation, a change of roles or a change of password). */
public interface MemberSessions {
    void endAllSessionsOf(MemberId member);

    /** Ends every open session of the member except the one making the current request (if it is theirs). */
    void endOtherSessionsOf(MemberId member);
}
