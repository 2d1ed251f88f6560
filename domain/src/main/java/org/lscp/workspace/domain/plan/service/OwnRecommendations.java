package org.lscp.workspace.domain.plan.service;

import java.util.Set;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.ValidationException;

/** Records are only ever filed against the member's own partnership's recommendations. */
public final class OwnRecommendations {
    private OwnRecommendations() {
    }

    public static void require(RecommendationRepository recommendations, Actor actor, Set<RecommendationId> ids) {
        for (RecommendationId r : ids) {
            if (recommendations.find(actor.partnershipId(), r).isEmpty()) {
                throw ValidationException.of("recommendations", "Choose recommendations of your own partnership.");
            }
        }
    }
}
