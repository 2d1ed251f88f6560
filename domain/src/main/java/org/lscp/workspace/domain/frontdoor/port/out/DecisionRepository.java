package org.lscp.workspace.domain.frontdoor.port.out;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;

public interface DecisionRepository {
    ThresholdDecision save(ThresholdDecision decision);

    Optional<ThresholdDecision> find(long id);

    /** Records the decision against recommendations (the board counts decisions per recommendation). */
    void linkRecommendations(long decisionId, java.util.Set<org.lscp.workspace.domain.shared.RecommendationId> ids);

    java.util.Set<org.lscp.workspace.domain.shared.RecommendationId> recommendationsOf(long decisionId);

    /** Oldest first. */
    List<ThresholdDecision> forContact(ContactId contact);
}
