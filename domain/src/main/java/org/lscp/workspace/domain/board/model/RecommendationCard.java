package org.lscp.workspace.domain.board.model;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.ActionTally;
import org.lscp.workspace.domain.plan.model.Recommendation;

/** One recommendation on the dashboard: its success measures live, its actions, the latest judgement. */
public record RecommendationCard(Recommendation recommendation, String source, ActionTally actions,
                                 List<MeasureResult> measures, @Nullable AssuranceJudgement latest) {
    public RecommendationCard {
        measures = List.copyOf(measures);
    }
}
