package org.lscp.workspace.domain.plan.model;

import java.util.List;

/** One line of the plan overview, with the recommendation's RAG by the one rule ({@link RagVerdict}). */
public record RecommendationSummary(Recommendation recommendation, String leadOfficerName, ActionTally actions,
                                    List<MeasureStanding> measures) {
    public RecommendationSummary {
        measures = List.copyOf(measures);
    }

    public RagVerdict verdict() {
        return RagVerdict.of(actions, measures);
    }

    public Rag rag() {
        return verdict().rag();
    }
}
