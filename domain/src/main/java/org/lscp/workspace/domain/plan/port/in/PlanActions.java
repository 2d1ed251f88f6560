package org.lscp.workspace.domain.plan.port.in;

import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * How another feature adds an action to the plan on its member's behalf (a case audit's finding): the plan's own
 * rules and permissions apply, as when the member adds it on the plan.
 */
public interface PlanActions {
    ImprovementAction add(Actor actor, RecommendationId recommendation, SaveActionCommand command);
}
