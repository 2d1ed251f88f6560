package org.lscp.workspace.domain.plan.service;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.change.SubjectAccess;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * Who may see a recommendation ("plan/recommendations/12") or one of its actions
 * ("plan/recommendations/12/actions/5"): the improvement plan is open to every member of its partnership, so anyone
 * in the partnership may, provided the action is the recommendation's. Any other subject is refused.
 */
public final class PlanSubjects implements SubjectAccess {
    private static final Pattern SUBJECT = Pattern.compile("plan/recommendations/(\\d{1,18})(?:/actions/(\\d{1,18}))?");
    private final RecommendationRepository recommendations;
    private final ActionRepository actions;

    public PlanSubjects(RecommendationRepository recommendations, ActionRepository actions) {
        this.recommendations = recommendations;
        this.actions = actions;
    }

    @Override
    public List<Actor> whoMaySee(List<Actor> members, String subject) {
        Matcher m = SUBJECT.matcher(subject);
        if (members.isEmpty() || !m.matches()) return List.of();
        PartnershipId partnership = members.getFirst().partnershipId();
        RecommendationId recommendation = new RecommendationId(Long.parseLong(m.group(1)));
        boolean exists;
        if (m.group(2) == null) {
            // only the one spelling the pages use ("12", not "012"), so comments are always found where written
            exists = subject.equals(Change.recommendation(recommendation.value()))
                    && recommendations.find(partnership, recommendation).isPresent();
        } else {
            ActionId action = new ActionId(Long.parseLong(m.group(2)));
            exists = subject.equals(Change.action(recommendation.value(), action.value()))
                    && actions.find(partnership, action).filter(a -> a.recommendationId().equals(recommendation))
                    .isPresent();
        }
        // the plan is the whole partnership's
        return exists ? members.stream().filter(member -> member.partnershipId().equals(partnership)).toList()
                : List.of();
    }
}
