package org.lscp.workspace.domain.board.port.in;

import java.util.List;
import org.lscp.workspace.domain.board.model.Dashboard;
import org.lscp.workspace.domain.board.model.DecisionRecord;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PageRequest;

/** The board's live view, for the board chair and managers; nothing in it identifies a child. */
public interface BoardQuery {
    Dashboard dashboard(Actor actor, MeasureFilter filter);

    /** The records behind "decisions within the RAG deadline" (pseudonymised). */
    List<DecisionRecord> decisionsBehind(Actor actor, MeasureFilter filter, boolean lateOnly, PageRequest page);

    long countDecisionsBehind(Actor actor, MeasureFilter filter, boolean lateOnly);

    /** The records behind the measures after the front door (pseudonymised). */
    List<org.lscp.workspace.domain.board.model.DiscussionRecord> discussionsBehind(Actor actor, MeasureFilter filter,
                                                                                  PageRequest page);

    long countDiscussionsBehind(Actor actor, MeasureFilter filter);
}
