package org.lscp.workspace.domain.plan.port.in;

import java.util.List;
import org.lscp.workspace.domain.plan.model.EvidenceDownload;
import org.lscp.workspace.domain.plan.model.MemberRef;
import org.lscp.workspace.domain.plan.model.MyActions;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.PlanSource;
import org.lscp.workspace.domain.plan.model.RecommendationDetail;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.EvidenceId;
import org.lscp.workspace.domain.shared.RecommendationId;

/** Every member of the partnership (the board chair included) reads the whole plan. */
public interface ViewPlanQuery {
    /** Recommendations grouped by the inspection they came from, newest inspection first. */
    List<PlanSource> overview(Actor actor, PlanFilter filter);

    RecommendationDetail recommendation(Actor actor, RecommendationId id);

    MyActions myActions(Actor actor);

    EvidenceDownload evidenceFile(Actor actor, EvidenceId id);

    /** Active members with the LEAD_OFFICER role, by name: who may lead recommendations and actions. */
    List<MemberRef> leadOfficers(Actor actor);
}
