package org.lscp.workspace.domain.plan.port.in;

import org.lscp.workspace.domain.plan.model.AddEvidenceCommand;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.RecordProgressCommand;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * Actions, progress and evidence. A LEAD_OFFICER updates the actions they lead (or that serve a recommendation
 * they lead) and adds evidence; a PARTNERSHIP_ADMIN may do all of it. An action is complete only with evidence.
 */
public interface ManageActionsUseCase extends PlanActions {
    @Override
    ImprovementAction add(Actor actor, RecommendationId recommendation, SaveActionCommand command);

    ImprovementAction update(Actor actor, ActionId id, long expectedVersion, SaveActionCommand command);

    ImprovementAction recordProgress(Actor actor, ActionId id, long expectedVersion, RecordProgressCommand command);

    EvidenceItem addEvidence(Actor actor, ActionId id, AddEvidenceCommand command);
}
