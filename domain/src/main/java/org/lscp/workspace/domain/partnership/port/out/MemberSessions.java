package org.lscp.workspace.domain.partnership.port.out;

import java.util.List;
import org.lscp.workspace.domain.partnership.model.OpenSession;
import org.lscp.workspace.domain.partnership.model.SessionEnd;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * A member's open sessions: listed (newest first) and ended one by one or all at once (after deactivation, a change
 * of roles or of password). Whoever ends a session says why, so the audit trail can say it too.
 */
public interface MemberSessions {
    List<OpenSession> openSessionsOf(MemberId member);

    /** Ends the member's session with this handle; false when they have none such (ended meanwhile, or not theirs). */
    boolean end(MemberId member, String handle, SessionEnd end);

    void endAllSessionsOf(MemberId member, SessionEnd end);

    /** Ends every open session of the member except the one making the current request (if it is theirs). */
    void endOtherSessionsOf(MemberId member, SessionEnd end);
}
