package org.lscp.workspace.domain.escalation.model;

import org.lscp.workspace.domain.shared.RecommendationId;

/** How many escalations (open, resolved, of which decisions changed) are recorded against a recommendation. */
public record RecommendationCluster(RecommendationId recommendation, String title, long open, long resolved,
                                    long decisionsChanged) {
    public long total() {
        return open + resolved;
    }
}
