package org.lscp.workspace.domain.partnership.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * Why a session ended and by whom, for the audit trail: the member signing out or ending one of their sessions from
 * another, an admin, or the workspace itself ({@code by} empty) when a limit ran out or the account changed.
 */
public record SessionEnd(@Nullable MemberId by, String byName, String why) {
    public static final String SIGNED_OUT = "signed out";
    public static final String ENDED_BY_MEMBER = "ended by the member from another session";
    public static final String ENDED_BY_ADMIN = "ended by a partnership admin";
    public static final String IDLE = "no activity for 30 minutes";
    public static final String LIFETIME = "open for 12 hours, the longest a session may last";
    public static final String PASSWORD_CHANGED = "the member changed their password";
    public static final String PASSWORD_RESET = "a partnership admin reset the member's password";
    public static final String ROLES_CHANGED = "the member's roles changed";
    public static final String DEACTIVATED = "the member was deactivated";

    public static SessionEnd by(Actor actor, String why) {
        return new SessionEnd(actor.memberId(), actor.name(), why);
    }

    /** Ended by the workspace itself (a limit ran out). */
    public static SessionEnd bySystem(String systemName, String why) {
        return new SessionEnd(null, systemName, why);
    }
}
