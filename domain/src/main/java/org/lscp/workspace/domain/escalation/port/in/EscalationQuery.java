package org.lscp.workspace.domain.escalation.port.in;

import java.util.List;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationFilter;
import org.lscp.workspace.domain.escalation.model.EscalationView;
import org.lscp.workspace.domain.escalation.model.RecommendationCluster;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PageRequest;

/** Reading escalations: each member sees their agency's; the board chair and administrator see all, without child data. */
public interface EscalationQuery {
    /** Opening one that names a child is written to the access log (refusals too, reported as not found). */
    EscalationView open(Actor actor, long escalationId);

    /** Reads an escalation already open on the member's page again (a live update): logged only if now refused. */
    EscalationView reread(Actor actor, long escalationId);

    List<Escalation> list(Actor actor, EscalationFilter filter, PageRequest page);

    long count(Actor actor, EscalationFilter filter);

    /** Those waiting on the partnership (the final stage, the chair's), all of them, for the board. */
    default List<Escalation> waitingOnThePartnership(Actor actor) {
        return list(actor, EscalationFilter.atPartnership(EscalationFilter.Scope.ALL),
                PageRequest.first(PageRequest.MAX_LIMIT));
    }

    /** The escalations about a contact's decisions that the actor may see (for the contact page's decision history). */
    List<Escalation> forContact(Actor actor, ContactId contact);

    /** Where disagreements cluster: escalations per recommendation, most first. */
    List<RecommendationCluster> byRecommendation(Actor actor);

    /** Recommendations to suggest when raising: the open THRESHOLDS ones. */
    List<Recommendation> suggestedRecommendations(Actor actor);
}
