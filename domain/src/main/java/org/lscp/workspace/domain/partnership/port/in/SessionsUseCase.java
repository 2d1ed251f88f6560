package org.lscp.workspace.domain.partnership.port.in;

import java.util.List;
import org.lscp.workspace.domain.partnership.model.OpenSession;
import org.lscp.workspace.domain.partnership.model.SessionEnd;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Open sessions: every member sees and ends their own; a partnership admin sees and ends those of any member of their
 * partnership. Every session that ends — signed out, ended by someone, or run out — is written to the audit trail
 * with who ended it and why.
 */
public interface SessionsUseCase {
    List<OpenSession> mine(Actor actor);

    /** Ends one of the actor's own sessions (ending the current one signs them out). */
    void endMine(Actor actor, String handle);

    /** Ends all the actor's sessions but the current one. */
    void endMyOtherSessions(Actor actor);

    List<OpenSession> of(Actor admin, MemberId member);

    void end(Actor admin, MemberId member, String handle);

    void endAll(Actor admin, MemberId member);

    /** Records in the audit trail that the member's session ended (called by the adapter that ended it). */
    void ended(PartnershipId partnership, MemberId member, OpenSession session, SessionEnd end);
}
