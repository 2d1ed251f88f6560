package org.lscp.workspace.domain.live.port.in;

import java.util.List;
import org.lscp.workspace.domain.shared.Actor;

/** Who else has this record open right now, within the member's partnership. */
public interface Presence {
    /** The member opened the record; closing the handle says they left. Others looking are told either way. */
    AutoCloseable enter(Actor actor, String subject);

    /** The names of the other members with the record open now. */
    List<String> others(Actor actor, String subject);

    /** The subject under which presence on a record changes (views listen for it). */
    static String of(String subject) {
        return "presence/" + subject;
    }
}
