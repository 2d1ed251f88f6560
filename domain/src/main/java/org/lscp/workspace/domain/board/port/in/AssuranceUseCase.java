package org.lscp.workspace.domain.board.port.in;

import java.time.LocalDate;
import java.util.List;
import org.lscp.workspace.domain.board.model.AssuranceJudgement;
import org.lscp.workspace.domain.board.model.AssuranceLevel;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.RecommendationId;

/** A BOARD_CHAIR's assurance judgements on recommendations, by board meeting. */
public interface AssuranceUseCase {
    AssuranceJudgement judge(Actor actor, RecommendationId recommendation, LocalDate meetingDate, AssuranceLevel level,
                             String commentary);

    /** Newest first; any member of the partnership reads them: they stand beside the plan's RAG. */
    List<AssuranceJudgement> history(Actor actor, RecommendationId recommendation);
}
