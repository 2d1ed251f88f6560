package org.lscp.workspace.domain.plan.port.in;

import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * A PARTNERSHIP_ADMIN records and edits recommendations. Status: the admin or the recommendation's lead officer
 * moves it to in progress or evidenced; the admin or a BOARD_CHAIR to assured or closed.
 */
public interface ManageRecommendationsUseCase {
    Recommendation create(Actor actor, SaveRecommendationCommand command);

    Recommendation update(Actor actor, RecommendationId id, long expectedVersion, SaveRecommendationCommand command);

    /** The measures a success measure can be chosen from; for those who manage the plan. */
    java.util.List<org.lscp.workspace.domain.plan.model.CatalogueEntry> catalogue(Actor actor);

    Recommendation changeStatus(Actor actor, RecommendationId id, long expectedVersion, RecommendationStatus target);
}
