package org.lscp.workspace.domain.escalation.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.Role;

/**
 * Who may act on an escalation, by agency and stage. The answering agency responds; the raising agency escalates
 * (someone qualified for the stage being left) and withdraws; either agency resolves at its stage's level. At stage
 * 4 the partnership acts: the board chair responds and resolves. A member of a third agency does nothing.
 */
public final class EscalationRules {
    private EscalationRules() {
    }

    /** Board chair and administrator see every escalation, without child data; others only their agency's. */
    public static boolean seesAll(Actor actor) {
        return actor.hasAny(Role.BOARD_CHAIR, Role.PARTNERSHIP_ADMIN);
    }

    public static boolean seesChildData(Actor actor, Escalation e) {
        return !actor.has(Role.BOARD_CHAIR) && e.involves(actor.agencyId())
                && EscalationStage.PRACTITIONERS.mayAct(actor);
    }

    /** The escalation as the member may see it: without the child's details unless they may see them. */
    public static Escalation shownTo(Actor actor, Escalation e) {
        return seesChildData(actor, e) ? e : e.withoutChildData();
    }

    public static boolean maySee(Actor actor, Escalation e) {
        return actor.partnershipId().equals(e.partnershipId()) && (seesAll(actor) || seesChildData(actor, e));
    }

    /**
     * Who acts for one of the two agencies at this stage (and so is told it is raised, or that it is nearly due):
     * qualified for the stage, and not the board chair, who acts for the partnership at stage 4 only.
     */
    public static java.util.function.Predicate<Actor> actsForAgencyAt(EscalationStage stage) {
        return member -> stage.mayAct(member) && !member.has(Role.BOARD_CHAIR);
    }

    /** Practitioners and managers of a partner agency raise escalations; a board chair does not. */
    public static boolean mayRaise(Actor actor) {
        return !actor.has(Role.BOARD_CHAIR) && EscalationStage.PRACTITIONERS.mayAct(actor);
    }

    /**
     * An escalation is a disagreement between two agencies: the agency raising it must not be the one whose decision
     * or practice it challenges. Compared by the agencies' identity, so no name (full, short, renamed) gets round it.
     */
    public static void requireRaisedWithAnotherAgency(Actor actor, AgencyId challenged, boolean aboutDecision) {
        if (challenged.equals(actor.agencyId())) {
            throw aboutDecision
                    ? ValidationException.of("disputed", "That decision was made by your own agency: disagreements "
                            + "inside an agency go to your line manager, not through the partnership's escalation "
                            + "policy.")
                    : ValidationException.of("respondingAgency", "Choose another agency: an escalation is a "
                            + "disagreement with another agency, and this is your own. Disagreements inside an agency "
                            + "go to your line manager.");
        }
    }

    public static void requireMayRespond(Actor actor, Escalation e) {
        if (e.stage() == EscalationStage.PARTNERSHIP) {
            requireChair(actor, "respond");
            return;
        }
        if (e.raisingAgency().equals(actor.agencyId())) {
            throw new NotAuthorisedException("Your agency raised this escalation: the response comes from the agency "
                    + "it was raised with.");
        }
        requireAgencyAtStage(actor, e, e.respondingAgency().equals(actor.agencyId()), "respond to");
    }

    public static void requireMayEscalate(Actor actor, Escalation e) {
        if (e.respondingAgency().equals(actor.agencyId()) && !e.raisingAgency().equals(actor.agencyId())) {
            throw new NotAuthorisedException("Only the agency that raised the escalation takes it to the next stage.");
        }
        requireAgencyAtStage(actor, e, e.raisingAgency().equals(actor.agencyId()), "escalate");
    }

    public static void requireMayResolve(Actor actor, Escalation e) {
        if (e.stage() == EscalationStage.PARTNERSHIP) {
            requireChair(actor, "resolve");
            return;
        }
        requireAgencyAtStage(actor, e, e.involves(actor.agencyId()), "resolve");
    }

    public static void requireMayWithdraw(Actor actor, Escalation e) {
        if (!e.raisingAgency().equals(actor.agencyId())) {
            throw new NotAuthorisedException("Only the agency that raised the escalation can withdraw it.");
        }
        EscalationStage level = e.stage() == EscalationStage.PARTNERSHIP ? EscalationStage.SENIOR_MANAGERS : e.stage();
        if (!level.mayAct(actor)) {
            throw new NotAuthorisedException("At " + e.stage().title().toLowerCase(java.util.Locale.ROOT)
                    + " it takes " + level.whoMayAct() + " to withdraw the escalation.");
        }
    }

    /** What the actor may do now: drives which buttons the page offers (the use cases check again). */
    public static Set<EscalationAction> allowed(Actor actor, Escalation e, Instant now) {
        Set<EscalationAction> allowed = EnumSet.noneOf(EscalationAction.class);
        if (!e.open()) return allowed;
        if (permits(() -> requireMayRespond(actor, e)) && e.stageResponse() == null) {
            allowed.add(EscalationAction.RESPOND);
        }
        if (permits(() -> requireMayEscalate(actor, e)) && e.stage().next().isPresent()
                && (Boolean.FALSE.equals(e.stageResponse()) || (e.stageResponse() == null && e.overdue(now)))) {
            allowed.add(EscalationAction.ESCALATE);
        }
        Set<EscalationOutcome> outcomes = outcomes(actor, e);
        if (!outcomes.isEmpty()) allowed.add(EscalationAction.RESOLVE);
        if (outcomes.contains(EscalationOutcome.DECISION_CHANGED)) allowed.add(EscalationAction.CHANGE_DECISION);
        if (permits(() -> requireMayWithdraw(actor, e))) allowed.add(EscalationAction.WITHDRAW);
        return allowed;
    }

    /**
     * The outcomes the member may close the escalation with. The agency whose decision is disputed (stages 1 to 3)
     * closes it only by changing that decision; the raising agency, and the chair at stage 4, close it as upheld or
     * another outcome. Changing the decision goes through the front door, where only a MASH manager decides.
     */
    public static Set<EscalationOutcome> outcomes(Actor actor, Escalation e) {
        Set<EscalationOutcome> outcomes = EnumSet.noneOf(EscalationOutcome.class);
        if (!e.open() || !permits(() -> requireMayResolve(actor, e))) return outcomes;
        if (e.decisionId() != null && actor.has(Role.MASH_MANAGER)) outcomes.add(EscalationOutcome.DECISION_CHANGED);
        if (!disputedAgencyOnly(actor, e)) {
            outcomes.add(EscalationOutcome.DECISION_UPHELD);
            outcomes.add(EscalationOutcome.OTHER);
        }
        return outcomes;
    }

    /** Refuses an outcome the member's agency may not close with (see {@link #outcomes}). */
    public static void requireMayCloseAs(Actor actor, Escalation e, EscalationOutcome outcome) {
        if (disputedAgencyOnly(actor, e) && outcome != EscalationOutcome.DECISION_CHANGED) {
            throw new NotAuthorisedException("Your agency's decision is the one disputed: you can change it, but only "
                    + "the agency that raised the escalation closes it as upheld or with another outcome.");
        }
    }

    private static boolean disputedAgencyOnly(Actor actor, Escalation e) {
        return e.stage() != EscalationStage.PARTNERSHIP && e.respondingAgency().equals(actor.agencyId())
                && !e.raisingAgency().equals(actor.agencyId());
    }

    private static boolean permits(Runnable check) {
        try {
            check.run();
            return true;
        } catch (NotAuthorisedException refused) {
            return false;
        }
    }

    private static void requireChair(Actor actor, String verb) {
        if (!EscalationStage.PARTNERSHIP.mayAct(actor)) {
            throw new NotAuthorisedException("At stage 4 only the partnership's board chair can " + verb
                    + " the escalation.");
        }
    }

    private static void requireAgencyAtStage(Actor actor, Escalation e, boolean rightAgency, String verb) {
        if (!rightAgency) {
            throw new NotAuthorisedException("Only the two agencies in this disagreement can " + verb + " it.");
        }
        if (!e.stage().mayAct(actor)) {
            throw new NotAuthorisedException("At " + e.stage().title().toLowerCase(java.util.Locale.ROOT)
                    + " it takes " + e.stage().whoMayAct() + " to " + verb + " the escalation.");
        }
    }
}
