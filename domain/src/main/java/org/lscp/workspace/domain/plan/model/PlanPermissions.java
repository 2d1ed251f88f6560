package org.lscp.workspace.domain.plan.model;

import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.Role;

/**
 * Who may change what in the plan. The services enforce these; views ask the same questions to decide which
 * buttons to offer.
 */
public final class PlanPermissions {
    private PlanPermissions() {
    }

    /** Admins record the plan itself: its inspections and reviews, and their recommendations. */
    public static boolean managesThePlan(Actor actor) {
        return actor.has(Role.PARTNERSHIP_ADMIN);
    }

    public static void requireManagesThePlan(Actor actor) {
        actor.require(Role.PARTNERSHIP_ADMIN);
    }

    /** A board chair records the board's assurance judgements. */
    public static boolean judges(Actor actor) {
        return actor.has(Role.BOARD_CHAIR);
    }

    public static void requireJudges(Actor actor) {
        actor.require(Role.BOARD_CHAIR);
    }

    public static boolean leads(Actor actor, MemberId lead) {
        return actor.has(Role.LEAD_OFFICER) && actor.memberId().equals(lead);
    }

    /** Admins, and the recommendation's lead officer, add actions to it. */
    public static boolean mayPlan(Actor actor, Recommendation recommendation) {
        return actor.has(Role.PARTNERSHIP_ADMIN) || leads(actor, recommendation.leadOfficer());
    }

    /** Admins, the action's lead officer and the recommendation's lead officer update the action. */
    public static boolean mayUpdate(Actor actor, ImprovementAction action, Recommendation recommendation) {
        return actor.has(Role.PARTNERSHIP_ADMIN) || leads(actor, action.leadOfficer())
                || leads(actor, recommendation.leadOfficer());
    }

    /**
     * Admins change any status; the lead officer moves it forward to in progress or evidenced; judging the
     * evidence — assured, closed, or sent back to in progress — belongs to a board chair.
     */
    public static boolean mayMove(Actor actor, Recommendation recommendation, RecommendationStatus target) {
        boolean sentBack = target == RecommendationStatus.IN_PROGRESS
                && (recommendation.status() == RecommendationStatus.EVIDENCED
                || recommendation.status() == RecommendationStatus.ASSURED);
        boolean judging = target == RecommendationStatus.ASSURED || target == RecommendationStatus.CLOSED || sentBack;
        return actor.has(Role.PARTNERSHIP_ADMIN)
                || (judging ? actor.has(Role.BOARD_CHAIR) : leads(actor, recommendation.leadOfficer()));
    }
}
