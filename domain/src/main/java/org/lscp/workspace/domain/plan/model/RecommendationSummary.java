package org.lscp.workspace.domain.plan.model;

/** One line of the plan overview. */
public record RecommendationSummary(Recommendation recommendation, String leadOfficerName, ActionTally actions) {
    public Rag rag() {
        return actions.rag(recommendation.status());
    }
}
