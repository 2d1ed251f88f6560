package org.lscp.workspace.domain.board.port.out;

import java.util.List;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.shared.Actor;

/**
 * The escalations waiting on the partnership (its final stage, the chair's), as the member asking may see them. The
 * escalations feature answers it through its own query (wired in {@code app}), so the board never holds another
 * feature's use case.
 */
@FunctionalInterface
public interface EscalationsWaiting {
    List<Escalation> atPartnership(Actor actor);
}
